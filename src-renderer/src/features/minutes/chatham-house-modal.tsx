// The Chatham House export of the shareable minutes: the check runs first and lists every member or organisation name
// still in the text, so the facilitator can fix it before the document leaves; exporting anyway is a deliberate step.
import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameFinding } from '../../../../src-main/domain/chatham-house';
import { useApi } from '../../api-context';
import { translateError } from '../../i18n/translate-error';
import type { MinutesExportRequest } from './use-minutes-export';

interface ChathamHouseModalProps {
  opened: boolean;
  onClose: () => void;
  groupId: string;
  meetingId: string;
  flush: () => Promise<void>;
  running: boolean;
  onExport: (request: MinutesExportRequest) => Promise<boolean>;
}

type CheckState = { kind: 'checking' } | { kind: 'done'; findings: NameFinding[] } | { kind: 'failed'; message: string };
/** A check's answer, for the round of checking it belongs to: a new round (opening again, "check again") starts afresh. */
type CheckAnswer = Exclude<CheckState, { kind: 'checking' }> & { round: number };

export function ChathamHouseModal({ opened, onClose, groupId, meetingId, flush, running, onExport }: ChathamHouseModalProps) {
  const { t } = useTranslation('minutes');
  const { t: tApp } = useTranslation();
  const api = useApi();
  const [answer, setAnswer] = useState<CheckAnswer | null>(null);
  const [round, setRound] = useState(0);
  const check: CheckState = answer?.round === round ? answer : { kind: 'checking' };
  const scope = { kind: 'meeting' as const, meetingId };

  useEffect(() => {
    if (!opened) return;
    let current = true;
    // The text as last typed is what gets exported, so pending edits are saved before the check reads it.
    void flush()
      .then(() => api.call('minutes.chathamHouseCheck', { groupId, scope: { kind: 'meeting', meetingId } }))
      .then(
        (findings) => current && setAnswer({ kind: 'done', findings, round }),
        (error: unknown) => current && setAnswer({ kind: 'failed', message: translateError(tApp, error), round }),
      );
    return () => {
      current = false;
    };
  }, [opened, round, api, flush, groupId, meetingId, tApp]);

  // The next opening checks again: the facilitator closed the window to fix the text.
  const close = () => {
    setRound((value) => value + 1);
    onClose();
  };
  const exportNow = async () => {
    if (await onExport({ version: 'shareable', scope, chathamHouse: true })) close();
  };
  const clean = check.kind === 'done' && check.findings.length === 0;

  return (
    <Modal opened={opened} onClose={close} title={t('chathamHouse.title')} size="lg">
      <Stack gap="md">
        <Text size="sm">{t('chathamHouse.intro')}</Text>
        {check.kind === 'checking' && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('chathamHouse.checking')}</Text>
          </Group>
        )}
        {check.kind === 'failed' && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
            {check.message}
          </Alert>
        )}
        {clean && (
          <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('chathamHouse.cleanTitle')}>
            {t('chathamHouse.clean')}
          </Alert>
        )}
        {check.kind === 'done' && check.findings.length > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('chathamHouse.foundTitle', { count: check.findings.length })} role="alert">
            <Stack gap="xs">
              <Text size="sm">{t('chathamHouse.foundIntro')}</Text>
              <List size="sm" spacing={4} aria-label={t('chathamHouse.foundList')}>
                {check.findings.map((finding, index) => (
                  <List.Item key={`${finding.place}-${finding.of}-${index}`}>
                    <FindingText finding={finding} />
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="subtle" leftSection={<IconRefresh size={16} />} onClick={() => setRound((value) => value + 1)} disabled={check.kind === 'checking'}>
            {t('chathamHouse.recheck')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={close} data-autofocus={clean ? undefined : true}>
              {clean ? t('chathamHouse.cancel') : t('chathamHouse.fixFirst')}
            </Button>
            {clean ? (
              <Button onClick={() => void exportNow()} loading={running} data-autofocus>
                {t('chathamHouse.export')}
              </Button>
            ) : (
              <Button color="red" variant="light" onClick={() => void exportNow()} loading={running} disabled={check.kind !== 'done'}>
                {t('chathamHouse.exportAnyway')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

function FindingText({ finding }: { finding: NameFinding }) {
  const { t } = useTranslation('minutes');
  const where = finding.agendaItemTitle
    ? t('chathamHouse.placeWithItem', { place: t(`chathamHouse.places.${finding.place}`), item: finding.agendaItemTitle })
    : t(`chathamHouse.places.${finding.place}`);
  const who = finding.found.toLocaleLowerCase() === finding.of.toLocaleLowerCase() ? '' : ` (${finding.of})`;
  return (
    <Text size="sm" component="span">
      <Text span fw={700}>
        “{finding.found}”
      </Text>
      {who} – {t(`chathamHouse.kind.${finding.kind}`)}, {where}
    </Text>
  );
}
