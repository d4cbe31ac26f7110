// Where the facilitator sees that changes made on two devices at once wait for a choice: a notice with a count above
// every page, opening the inbox. Nothing shows while the inbox is empty.
import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowsDiff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConflictInbox } from './conflict-inbox';
import { useSyncConflictCounts } from './use-sync-conflicts';

export function SyncConflictsBanner() {
  const { t } = useTranslation('syncConflicts');
  const counts = useSyncConflictCounts();
  const [opened, inbox] = useDisclosure(false);
  const groups = counts.data ?? [];
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  if (total === 0 && !opened) return null;
  return (
    <>
      {total > 0 ? (
        <Alert
          color="yellow"
          mb="lg"
          maw={960}
          icon={<IconArrowsDiff size={18} />}
          data-testid="sync-conflicts-banner"
          title={
            <Group gap="xs">
              <span>{t('banner.title', { count: total })}</span>
              <Badge color="yellow" variant="filled" aria-hidden>
                {total}
              </Badge>
            </Group>
          }
        >
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Text size="sm" maw={620}>
              {t('banner.text')}
            </Text>
            <Button size="xs" color="yellow" onClick={inbox.open}>
              {t('banner.open')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      <ConflictInbox opened={opened} onClose={inbox.close} groups={groups} />
    </>
  );
}
