// After a meeting with booked speakers has moved: one button per speaker, each making the "ny dato" e-mail draft (the
// invitation's own draft machinery, kind newDate) to preview, open in the mail program or save as .eml.
import { Alert, Button, Group, Loader, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconDeviceFloppy, IconMail, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerToTell } from '../../../src-main/domain/calendar-conflicts';
import type { Language } from '../../../src-main/domain/model';
import { useApi } from '../api-context';
import { translateError } from '../i18n/translate-error';
import { useApiQuery } from '../use-api-query';
import { deliverExport, finishOpenExternal } from './deliver-export';
import { longDateInSentence } from './meeting-clash-list';
import { notifySuccess } from './notify';
import { useBusyAction } from './use-busy-action';

export interface NewDateMails {
  groupId: string;
  /** The meeting's new date. */
  date: string;
  speakers: readonly SpeakerToTell[];
}

export function NewDateMailsModal({ mails, onClose }: { mails: NewDateMails | null; onClose: () => void }) {
  const { t } = useTranslation('meetingClashes');
  return (
    <Modal opened={mails !== null} onClose={onClose} title={t('mails.title')} size="xl">
      {mails && <SpeakerMails key={`${mails.groupId}-${mails.date}`} mails={mails} onClose={onClose} />}
    </Modal>
  );
}

function SpeakerMails({ mails, onClose }: { mails: NewDateMails; onClose: () => void }) {
  const { t, i18n } = useTranslation('meetingClashes');
  const [chosen, setChosen] = useState<SpeakerToTell | null>(mails.speakers.length === 1 ? (mails.speakers[0] ?? null) : null);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('mails.intro', { count: mails.speakers.length, date: longDateInSentence(mails.date, i18n.language as Language) })}</Text>
      <Group gap="xs">
        {mails.speakers.map((speaker, index) => (
          <Button
            key={speaker.invitationId}
            variant={chosen?.invitationId === speaker.invitationId ? 'filled' : 'light'}
            leftSection={<IconMail size={16} aria-hidden />}
            aria-pressed={chosen?.invitationId === speaker.invitationId}
            onClick={() => setChosen(speaker)}
            data-autofocus={index === 0 ? true : undefined}
          >
            {t('mails.write', { name: speaker.speakerName })}
          </Button>
        ))}
      </Group>
      {chosen && <SpeakerDraft key={chosen.invitationId} groupId={mails.groupId} speaker={chosen} />}
      <Text size="xs" c="dimmed">
        {t('mails.neverSent')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('mails.close')}
        </Button>
      </Group>
    </Stack>
  );
}

const never = () => false;

function SpeakerDraft({ groupId, speaker }: { groupId: string; speaker: SpeakerToTell }) {
  const api = useApi();
  const { t } = useTranslation('meetingClashes');
  const { t: tApp } = useTranslation();
  const opening = useBusyAction();
  const saving = useBusyAction();
  const request = { groupId, invitationId: speaker.invitationId, kind: 'newDate' as const };
  const { data: draft, error, loading } = useApiQuery('invitations.mailDraft', request, never);

  const open = () =>
    opening.run(async () => {
      finishOpenExternal(await api.call('invitations.openMail', request));
    });
  const save = () =>
    saving.run(async () => {
      const fileName = deliverExport(await api.call('invitations.saveEml', request));
      if (fileName) notifySuccess(t('mails.saved', { fileName }));
    });

  if (loading) {
    return (
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm">{t('mails.loading')}</Text>
      </Group>
    );
  }
  if (!draft) return <Alert color="red" title={t('mails.failed')}>{translateError(tApp, error)}</Alert>;
  return (
    <Stack gap="xs" component="section" aria-label={t('mails.draftOf', { name: speaker.speakerName })}>
      {draft.to.length === 0 ? (
        <Alert color="yellow">{t('mails.noEmail', { name: speaker.speakerName })}</Alert>
      ) : (
        <TextInput label={t('mails.to')} value={draft.to.map((address) => `${address.name ?? ''} <${address.email}>`).join(', ')} readOnly />
      )}
      <TextInput label={t('mails.subject')} value={draft.subject} readOnly />
      <Textarea label={t('mails.body')} value={draft.body} readOnly autosize minRows={6} maxRows={10} />
      <Group justify="flex-end">
        <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => void save()} loading={saving.busy}>
          {t('mails.saveEml')}
        </Button>
        <Button leftSection={<IconMailForward size={16} aria-hidden />} onClick={() => void open()} loading={opening.busy} disabled={draft.to.length === 0}>
          {t('mails.open')}
        </Button>
      </Group>
    </Stack>
  );
}
