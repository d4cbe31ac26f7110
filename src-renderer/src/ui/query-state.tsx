// What a page shows while its query has no data: a spinner while loading, else a "could not load" alert with Retry.
import { Alert, Button, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/translate-error';
import type { QueryState } from '../use-api-query';

interface QueryFallbackProps {
  query: Pick<QueryState<unknown>, 'loading' | 'error' | 'reload'>;
  /** The alert's title, in the feature's own words ("Could not load the members"). */
  failedTitle: string;
}

export function QueryFallback({ query, failedTitle }: QueryFallbackProps) {
  const { t } = useTranslation();
  if (query.loading) return <Loader aria-label={t('app.loading')} m="xl" />;
  return (
    <Alert color="red" title={failedTitle}>
      <Stack gap="sm" align="flex-start">
        {translateError(t, query.error)}
        <Button variant="light" color="red" onClick={query.reload}>
          {t('app.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
