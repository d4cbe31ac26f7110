// Changing an invitation's meeting, topic or notes; a new meeting is checked for conflicts before it is saved.
import { Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationBoard, InvitationChange } from '../../../../src-main/api/operations/invitations';
import type { Language } from '../../../../src-main/domain/model';
import { cleanText } from '../../../../src-main/domain/text';
import { useApi } from '../../api-context';
import { useWriteThrough } from '../../query-writes';
import { formatLongDate } from '../../i18n/dates';
import { notifySuccess } from '../../ui/notify';
import type { PipelineRow } from './board-model';
import { ConflictGateFooter } from './conflict-gate-footer';
import { invitationOnBoard } from './invitation-on-board';
import { useConflictGate } from './use-conflict-gate';

interface EditInvitationModalProps {
  groupId: string;
  row: PipelineRow | null;
  meetings: InvitationBoard['meetings'];
  onClose: () => void;
}

export function EditInvitationModal({ groupId, row, meetings, onClose }: EditInvitationModalProps) {
  const { t } = useTranslation('invitations');
  return (
    <Modal opened={row !== null} onClose={onClose} title={row ? t('edit.title', { name: row.speakerName }) : ''} size="lg">
      {row && <EditInvitationForm key={row.invitation.id} groupId={groupId} row={row} meetings={meetings} onClose={onClose} />}
    </Modal>
  );
}

function EditInvitationForm({ groupId, row, meetings, onClose }: Omit<EditInvitationModalProps, 'row'> & { row: PipelineRow }) {
  const api = useApi();
  const writeThrough = useWriteThrough();
  const { t, i18n } = useTranslation('invitations');
  const language = i18n.language as Language;
  const [meetingId, setMeetingId] = useState<string | null>(row.invitation.meetingId ?? null);
  const [topic, setTopic] = useState(row.invitation.topic);
  const [notes, setNotes] = useState(row.invitation.notes);
  const gate = useConflictGate(
    (change: InvitationChange) => api.call('invitations.checkUpdate', change),
    async (change: InvitationChange) => {
      await writeThrough(groupId, () => api.call('invitations.update', change), (invitation) => [invitationOnBoard(groupId, invitation)]);
      notifySuccess(t('edit.saved', { name: row.speakerName }));
      onClose();
    },
  );
  // Any edit after a warning takes the user back to the form; the next save checks again.
  const edit = <T,>(setter: (value: T) => void, value: T) => {
    gate.back();
    setter(value);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void gate.submit({ groupId, invitationId: row.invitation.id, meetingId, topic: cleanText(topic), notes: notes.trim() });
      }}
    >
      <Stack gap="sm">
        <Select
          label={t('form.meeting')}
          placeholder={t('form.meetingPlaceholder')}
          data={meetings.map((meeting) => ({
            value: meeting.id,
            label: [formatLongDate(meeting.date, language), meeting.theme].filter((part) => part !== '').join(' · '),
          }))}
          value={meetingId}
          onChange={(value) => edit(setMeetingId, value)}
          clearable
          data-autofocus
        />
        <TextInput label={t('form.topic')} value={topic} onChange={(event) => edit(setTopic, event.currentTarget.value)} />
        <Textarea
          label={t('form.notes')}
          value={notes}
          onChange={(event) => edit(setNotes, event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
        />
        <ConflictGateFooter gate={gate} speakerName={row.speakerName} saveLabel={t('edit.save')} onCancel={onClose} />
      </Stack>
    </form>
  );
}
