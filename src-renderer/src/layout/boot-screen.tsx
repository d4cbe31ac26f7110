// What shows before the app can work: loading, a refused web session, or a start that failed.
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconLock, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/translate-error';

type BootScreenProps = { state: 'loading' } | { state: 'sessionRefused' } | { state: 'failed'; error: unknown; onRetry: () => void };

export function BootScreen(props: BootScreenProps) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="xl">
      {props.state === 'loading' && <Loader aria-label={t('app.loading')} />}
      {props.state === 'sessionRefused' && (
        <Alert maw={520} color="orange" radius="md" title={t('session.refusedTitle')} icon={<IconLock size={20} aria-hidden />} role="alert">
          {t('session.refusedBody')}
        </Alert>
      )}
      {props.state === 'failed' && (
        <Alert maw={520} color="red" radius="md" title={t('app.loadFailed')} icon={<IconPlugConnectedX size={20} aria-hidden />} role="alert">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{translateError(t, props.error)}</Text>
            <Button variant="light" color="red" onClick={props.onRetry}>
              {t('app.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
    </Center>
  );
}
