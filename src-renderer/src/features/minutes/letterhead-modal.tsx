// Export on the user's own letterhead: the group's remembered template or a newly picked .docx, its placeholders
// checked before export (understood, and not understood), the version and what to include. The supported fields are
// listed here, from the same table the exporter fills.
import { Alert, Badge, Button, Code, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileTypeDocx, IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
// The contract derives its base64 limit from the same constant, so a file allowed here is never refused there.
import { MAX_LETTERHEAD_BYTES as MAX_TEMPLATE_BYTES } from '../../../../src-main/domain/file-limits';
import { LETTERHEAD_FIELDS, type LetterheadCheck } from '../../../../src-main/domain/letterhead-fields';
import type { MinutesVersion } from '../../../../src-main/domain/minutes-model';
import { useApi } from '../../api-context';
import { LabelledSegmentedControl } from '../../ui/labelled-segmented-control';
import { notifyFailure } from '../../ui/notify';
import { showUndoNotification } from '../../ui/undo-notification';
import { useApiQuery } from '../../use-api-query';
import { bytesToBase64, readFileBytes } from './file-bytes';
import type { MinutesExportRequest } from './use-minutes-export';

interface LetterheadModalProps {
  opened: boolean;
  onClose: () => void;
  groupId: string;
  meetingId: string;
  year: number;
  running: boolean;
  onExport: (request: MinutesExportRequest) => Promise<boolean>;
}

/** The template the export will use: a file just picked (and checked), or the group's remembered one. */
interface ChosenTemplate {
  fileName: string;
  base64: string;
  check: LetterheadCheck;
  remembered: boolean;
}

const placeholder = (name: string) => `{{${name}}}`;

export function LetterheadModal({ opened, onClose, groupId, meetingId, year, running, onExport }: LetterheadModalProps) {
  const { t } = useTranslation('minutes');
  const { t: tApp } = useTranslation();
  const api = useApi();
  const remembered = useApiQuery('letterheads.remembered', opened ? { groupId } : null, { groupId });
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState<ChosenTemplate | null>(null);
  const [checking, setChecking] = useState(false);
  const [version, setVersion] = useState<MinutesVersion>('members');
  const [scope, setScope] = useState<'meeting' | 'year'>('meeting');
  const tooLarge = file !== null && file.size > MAX_TEMPLATE_BYTES;
  const rememberedTemplate: ChosenTemplate | null = remembered.data ? { ...remembered.data, remembered: true } : null;
  const chosen = file ? picked : rememberedTemplate;

  // A picked file is checked at once, so the facilitator sees what will be filled before exporting. Only the latest
  // pick's answer counts, should the facilitator pick again while a check runs.
  const latestPick = useRef<File | null>(null);
  const choose = async (next: File | null) => {
    latestPick.current = next;
    setFile(next);
    setPicked(null);
    if (!next || next.size > MAX_TEMPLATE_BYTES) return;
    setChecking(true);
    try {
      const base64 = bytesToBase64(await readFileBytes(next));
      const check = await api.call('letterheads.inspect', { letterheadBase64: base64 });
      if (latestPick.current === next) setPicked({ fileName: next.name, base64, check, remembered: false });
    } catch (error) {
      if (latestPick.current === next) {
        notifyFailure(tApp, error);
        setFile(null);
      }
    } finally {
      if (latestPick.current === next) setChecking(false);
    }
  };

  const forget = async () => {
    try {
      const forgotten = await api.call('letterheads.forget', { groupId });
      remembered.replace(null);
      if (forgotten) {
        showUndoNotification({
          id: `letterhead-forgotten-${groupId}`,
          message: t('letterhead.forgotten', { file: forgotten.fileName }),
          undoLabel: t('letterhead.undo'),
          onUndo: () =>
            void api
              .call('letterheads.remember', { groupId, fileName: forgotten.fileName, letterheadBase64: forgotten.base64 })
              .then((again) => remembered.replace(again), (error: unknown) => notifyFailure(tApp, error)),
        });
      }
    } catch (error) {
      notifyFailure(tApp, error);
    }
  };

  const submit = async () => {
    if (!chosen || !chosen.check.hasBody) return;
    const delivered = await onExport({
      version,
      scope: scope === 'meeting' ? { kind: 'meeting', meetingId } : { kind: 'year', year },
      letterheadBase64: chosen.base64,
    });
    if (!delivered) return;
    if (!chosen.remembered) {
      // Remembering is a convenience: the document is already delivered, so a failure here only says so.
      try {
        remembered.replace(await api.call('letterheads.remember', { groupId, fileName: chosen.fileName, letterheadBase64: chosen.base64 }));
      } catch (error) {
        notifyFailure(tApp, error);
      }
    }
    void choose(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('exports.letterheadTitle')} size="xl">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('letterhead.intro', { body: placeholder('body') })}
        </Text>
        {rememberedTemplate && !file && (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{t('letterhead.remembered', { file: rememberedTemplate.fileName })}</Text>
            <Button variant="subtle" size="compact-sm" onClick={() => void forget()}>
              {t('letterhead.forget')}
            </Button>
          </Group>
        )}
        <FileInput
          label={rememberedTemplate ? t('letterhead.otherFile') : t('exports.letterheadFile')}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          value={file}
          onChange={(next) => void choose(next)}
          leftSection={<IconFileTypeDocx size={16} />}
          error={tooLarge ? t('exports.tooLarge') : undefined}
          clearable
        />
        {chosen && <PlaceholderReport check={chosen.check} />}
        <LabelledSegmentedControl
          labelId="letterhead-version"
          label={t('exports.letterheadVersion')}
          value={version}
          onChange={(value) => setVersion(value as MinutesVersion)}
          data={[
            { value: 'members', label: t('exports.members') },
            { value: 'shareable', label: t('exports.shareable') },
          ]}
        />
        <LabelledSegmentedControl
          labelId="letterhead-scope"
          label={t('exports.letterheadScope')}
          value={scope}
          onChange={(value) => setScope(value as 'meeting' | 'year')}
          data={[
            { value: 'meeting', label: t('exports.scopeMeeting') },
            { value: 'year', label: t('exports.scopeYear', { year }) },
          ]}
        />
        <SupportedFields />
        <Group justify="flex-end">
          <Button onClick={() => void submit()} disabled={!chosen || !chosen.check.hasBody || tooLarge || checking} loading={running || checking}>
            {t('exports.letterheadExport')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** What the chosen template holds: the fields that will be filled, and the placeholders that would stay as text. */
function PlaceholderReport({ check }: { check: LetterheadCheck }) {
  const { t } = useTranslation('minutes');
  return (
    <Stack gap="xs" aria-live="polite">
      <Group gap={6} align="center">
        <Text size="sm" fw={500}>
          {t('letterhead.found')}
        </Text>
        {check.understood.length === 0 ? (
          <Text size="sm">{t('letterhead.noneFound')}</Text>
        ) : (
          check.understood.map((name) => (
            <Badge key={name} variant="light" tt="none">
              {placeholder(name)}
            </Badge>
          ))
        )}
      </Group>
      {!check.hasBody && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('letterhead.noBodyTitle', { body: placeholder('body') })}>
          {t('letterhead.noBody', { body: placeholder('body') })}
        </Alert>
      )}
      {check.notUnderstood.length > 0 && (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />} title={t('letterhead.unknownTitle')}>
          {t('letterhead.unknown', { names: check.notUnderstood.map(placeholder).join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}

/** The supported fields, from the exporter's own table, so this list can never promise a field it does not fill. */
function SupportedFields() {
  const { t } = useTranslation('minutes');
  return (
    <details>
      <summary>
        <Text span size="sm" fw={500}>
          {t('letterhead.fieldsTitle')}
        </Text>
      </summary>
      <Table mt="xs" verticalSpacing={4} fz="sm">
        <Table.Tbody>
          {LETTERHEAD_FIELDS.map((name) => (
            <Table.Tr key={name}>
              <Table.Td w={140}>
                <Code>{placeholder(name)}</Code>
              </Table.Td>
              <Table.Td>{t(`letterhead.fields.${name}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </details>
  );
}
