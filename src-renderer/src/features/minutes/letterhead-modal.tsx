// Export on the user's own letterhead: pick a .docx template, the version and what to include; nothing is kept after.
import { Button, FileInput, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
// The contract derives its base64 limit from the same constant, so a file allowed here is never refused there.
import { MAX_LETTERHEAD_BYTES as MAX_TEMPLATE_BYTES } from '../../../../src-main/domain/file-limits';
import type { MinutesVersion } from '../../../../src-main/domain/minutes-model';
import { bytesToBase64, readFileBytes } from './file-bytes';
import { notifyFailure } from '../../ui/notify';
import type { MinutesExportRequest } from './use-minutes-export';

interface LetterheadModalProps {
  opened: boolean;
  onClose: () => void;
  meetingId: string;
  year: number;
  running: boolean;
  onExport: (request: MinutesExportRequest) => Promise<boolean>;
}

export function LetterheadModal({ opened, onClose, meetingId, year, running, onExport }: LetterheadModalProps) {
  const { t } = useTranslation('minutes');
  const { t: tApp } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [version, setVersion] = useState<MinutesVersion>('members');
  const [scope, setScope] = useState<'meeting' | 'year'>('meeting');
  const tooLarge = file !== null && file.size > MAX_TEMPLATE_BYTES;

  const submit = async () => {
    if (!file || tooLarge) return;
    let letterheadBase64: string;
    try {
      letterheadBase64 = bytesToBase64(await readFileBytes(file));
    } catch (error) {
      notifyFailure(tApp, error);
      return;
    }
    const delivered = await onExport({
      version,
      scope: scope === 'meeting' ? { kind: 'meeting', meetingId } : { kind: 'year', year },
      letterheadBase64,
    });
    if (delivered) {
      setFile(null);
      onClose();
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('exports.letterheadTitle')} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('exports.letterheadHint', { body: '{{body}}', group: '{{group}}', date: '{{date}}', title: '{{title}}' })}
        </Text>
        <FileInput
          label={t('exports.letterheadFile')}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          value={file}
          onChange={setFile}
          leftSection={<IconFileTypeDocx size={16} />}
          error={tooLarge ? t('exports.tooLarge') : undefined}
          clearable
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('exports.letterheadVersion')}
          </Text>
          <SegmentedControl
            value={version}
            onChange={(value) => setVersion(value as MinutesVersion)}
            data={[
              { value: 'members', label: t('exports.members') },
              { value: 'shareable', label: t('exports.shareable') },
            ]}
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('exports.letterheadScope')}
          </Text>
          <SegmentedControl
            value={scope}
            onChange={(value) => setScope(value as 'meeting' | 'year')}
            data={[
              { value: 'meeting', label: t('exports.scopeMeeting') },
              { value: 'year', label: t('exports.scopeYear', { year }) },
            ]}
          />
        </Stack>
        <Group justify="flex-end">
          <Button onClick={() => void submit()} disabled={!file || tooLarge} loading={running}>
            {t('exports.letterheadExport')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
