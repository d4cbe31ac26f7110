// The group's backups with Danish dates, each restorable after a confirmation.
import { Alert, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { backupKindOf } from '../../../../src-main/domain/backup-kinds';
import { formatDateTime } from '../../i18n/dates';
import { translateError } from '../../i18n/translate-error';
import { useBackups } from './use-backups';

const kilobytes = (bytes: number, language: Language) =>
  new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 }).format(bytes / 1024);

export function BackupsPanel({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="backups-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="backups-heading" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconHistory size={20} aria-hidden />
          {t('backups.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backups.description')}
        </Text>
        <BackupsTable groupId={groupId} labelledBy="backups-heading" />
      </Stack>
    </Paper>
  );
}

/** One group's backups, newest first, each with why it was taken and a restore button. */
export function BackupsTable({ groupId, labelledBy }: { groupId: string; labelledBy: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data: backups, error, loading, confirmRestore } = useBackups(groupId);
  return (
    <>
      {error !== undefined && !backups && (
        <Alert color="red" variant="light" title={t('backups.loadFailed')}>
          {translateError(t, error)}
        </Alert>
      )}
      {!loading && backups?.length === 0 && <Text size="sm">{t('backups.empty')}</Text>}
      {backups && backups.length > 0 && (
        <Table.ScrollContainer minWidth={360} mah={280}>
          <Table verticalSpacing="xs" highlightOnHover aria-labelledby={labelledBy}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.createdAt')}</Table.Th>
                <Table.Th>{t('backups.kind')}</Table.Th>
                <Table.Th>{t('backups.size')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((backup) => {
                const date = formatDateTime(backup.createdAt, language);
                return (
                  <Table.Tr key={backup.id}>
                    <Table.Td>{date}</Table.Td>
                    <Table.Td>
                      <BackupKindLabel backupId={backup.id} />
                    </Table.Td>
                    <Table.Td>{t('backups.sizeKb', { size: kilobytes(backup.sizeBytes, language) })}</Table.Td>
                    <Table.Td ta="right">
                      <Button size="compact-sm" variant="light" aria-label={t('backups.restoreLabel', { date })} onClick={() => confirmRestore(backup)}>
                        {t('backups.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function BackupKindLabel({ backupId }: { backupId: string }) {
  const { t } = useTranslation();
  const kind = backupKindOf(backupId);
  if (kind === 'routine') return <Text size="sm">{t('backups.kinds.routine')}</Text>;
  return (
    <Badge variant="light" color={kind === 'preRestore' ? 'orange' : 'gray'} size="sm" style={{ textTransform: 'none' }}>
      {t(`backups.kinds.${kind}`)}
    </Badge>
  );
}
