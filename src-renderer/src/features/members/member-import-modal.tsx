// CSV import in two steps: choose a file and see every row's fate (nothing written), then confirm to import.
import { Alert, Button, FileInput, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MEMBER_CSV_BYTES, type MemberImportPreview } from '../../../../src-main/domain/member-import';
import type { Member } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { translateError } from '../../i18n/translate-error';
import { FormFailure } from '../../ui/form-failure';
import { notifySuccess } from '../../ui/notify';
import { ImportPreviewTable } from './import-preview-table';
import { fileToBase64 } from './read-file';
import { columnName, fileFormatText } from './row-problem-text';

interface MemberImportModalProps {
  opened: boolean;
  groupId: string;
  members: readonly Member[];
  onClose: () => void;
}

export function MemberImportModal({ opened, groupId, members, onClose }: MemberImportModalProps) {
  const { t } = useTranslation('members');
  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size="xl">
      {opened && <MemberImport groupId={groupId} members={members} onClose={onClose} />}
    </Modal>
  );
}

type Step =
  | { kind: 'choose'; problem: string | null }
  | { kind: 'reading' }
  | { kind: 'preview'; base64: string; preview: MemberImportPreview };

function MemberImport({ groupId, members, onClose }: Omit<MemberImportModalProps, 'opened'>) {
  const api = useApi();
  const { t } = useTranslation('members');
  const { t: tApp } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose', problem: null });
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setFailure(null);
    if (chosen === null) return setStep({ kind: 'choose', problem: null });
    if (chosen.size > MAX_MEMBER_CSV_BYTES) {
      return setStep({ kind: 'choose', problem: t('import.tooLarge', { max: MAX_MEMBER_CSV_BYTES / (1024 * 1024) }) });
    }
    setStep({ kind: 'reading' });
    try {
      const base64 = await fileToBase64(chosen);
      setStep({ kind: 'preview', base64, preview: await api.call('members.previewImport', { groupId, base64 }) });
    } catch (error) {
      setStep({ kind: 'choose', problem: translateError(tApp, error) });
    }
  };

  const confirm = async (base64: string) => {
    setImporting(true);
    setFailure(null);
    try {
      const { imported } = await api.call('members.import', { groupId, base64 });
      notifySuccess(t('import.imported', { count: imported }));
      onClose();
    } catch (error) {
      setFailure(translateError(tApp, error));
    } finally {
      setImporting(false);
    }
  };

  const preview = step.kind === 'preview' ? step.preview : null;
  const missing = preview?.missingFields.filter((field) => field !== 'name') ?? [];
  return (
    <Stack gap="md">
      <Text size="sm">{t('import.intro')}</Text>
      <FileInput
        label={t('import.file')}
        placeholder={t('import.filePlaceholder')}
        accept=".csv,text/csv,text/plain"
        leftSection={<IconFileTypeCsv size={18} stroke={1.5} />}
        value={file}
        onChange={(chosen) => void choose(chosen)}
        clearable
        data-autofocus
      />
      {step.kind === 'reading' && (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{t('import.reading')}</Text>
        </Group>
      )}
      {step.kind === 'choose' && step.problem && (
        <Alert color="red" role="alert">
          {step.problem}
        </Alert>
      )}
      {preview?.fileProblem && (
        <Alert color="red" role="alert">
          {t(`import.fileProblem.${preview.fileProblem}`)}
        </Alert>
      )}
      {preview && preview.fileProblem !== 'empty' && (
        // What the reader detected, so a file of odd letters or one column shows why at once.
        <Text size="sm" data-testid="import-format">
          {fileFormatText(t, preview)}
        </Text>
      )}
      {preview && !preview.fileProblem && (
        <>
          <Text fw={600} role="status">
            {t('import.summary', preview.counts)}
          </Text>
          {missing.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('import.missingColumns', { columns: missing.map((field) => columnName(t, field)).join(', ') })}
            </Text>
          )}
          <ImportPreviewTable preview={preview} members={members} />
        </>
      )}
      <FormFailure failure={failure} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {tApp('app.cancel')}
        </Button>
        {preview && !preview.fileProblem && (
          <Button onClick={() => void confirm(step.kind === 'preview' ? step.base64 : '')} loading={importing} disabled={preview.counts.accepted === 0}>
            {preview.counts.accepted === 0 ? t('import.nothingToImport') : t('import.confirm', { count: preview.counts.accepted })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
