// Warns on the group's overview when its file has passed the size where saving and opening slow down.
import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { useApiQuery } from '../../use-api-query';

const megabytes = (bytes: number, language: Language) =>
  new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

export function LargeWorkspaceNotice({ groupId }: { groupId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data: size } = useApiQuery('workspace.size', { groupId }, (event) => event.type === 'groupChanged' && event.groupId === groupId);
  if (!size?.large) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('workspaceSize.title')}>
      {t('workspaceSize.body', { size: megabytes(size.fileBytes, language), limit: megabytes(size.limitBytes, language) })}
    </Alert>
  );
}
