// A new invitation: a speaker from the directory or a new one (e.g. suggested by a member), a meeting and a topic.
// Conflicts are checked before anything is saved, and the user chooses to go on or go back.
import { Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationBoard, InvitationDraft } from '../../../../src-main/api/operations/invitations';
import type { Language } from '../../../../src-main/domain/model';
import { cleanText } from '../../../../src-main/domain/text';
import { useApi } from '../../api-context';
import { formatLongDate } from '../../i18n/dates';
import { LabelledSegmentedControl } from '../../ui/labelled-segmented-control';
import { notifySuccess } from '../../ui/notify';
import { ConflictGateFooter } from './conflict-gate-footer';
import { useConflictGate } from './use-conflict-gate';

interface NewInvitationModalProps {
  opened: boolean;
  groupId: string;
  board: InvitationBoard;
  onClose: () => void;
}

export function NewInvitationModal({ opened, groupId, board, onClose }: NewInvitationModalProps) {
  const { t } = useTranslation('invitations');
  return (
    <Modal opened={opened} onClose={onClose} title={t('form.title')} size="lg">
      {opened && <NewInvitationForm groupId={groupId} board={board} onClose={onClose} />}
    </Modal>
  );
}

const FACILITATOR = 'facilitator';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface FormState {
  mode: 'existing' | 'new';
  speakerId: string | null;
  name: string;
  organisation: string;
  email: string;
  meetingId: string | null;
  topic: string;
  suggestedBy: string;
  notes: string;
}

type Problems = Partial<Record<'speakerId' | 'name' | 'email', 'speakerRequired' | 'required' | 'invalidEmail'>>;

function problemsOf(form: FormState): Problems {
  const problems: Problems = {};
  if (form.mode === 'existing' && form.speakerId === null) problems.speakerId = 'speakerRequired';
  if (form.mode === 'new' && cleanText(form.name) === '') problems.name = 'required';
  if (form.mode === 'new' && cleanText(form.email) !== '' && !EMAIL.test(cleanText(form.email))) problems.email = 'invalidEmail';
  return problems;
}

function draftOf(groupId: string, form: FormState): InvitationDraft | null {
  if (Object.keys(problemsOf(form)).length > 0) return null;
  const speaker: InvitationDraft['speaker'] =
    form.mode === 'existing' && form.speakerId !== null
      ? { kind: 'existing', speakerId: form.speakerId }
      : { kind: 'new', name: cleanText(form.name), organisation: cleanText(form.organisation), email: cleanText(form.email) };
  return {
    groupId,
    speaker,
    topic: cleanText(form.topic),
    notes: form.notes.trim(),
    ...(form.meetingId ? { meetingId: form.meetingId } : {}),
    ...(form.suggestedBy !== FACILITATOR ? { suggestedByMemberId: form.suggestedBy } : {}),
  };
}

function NewInvitationForm({ groupId, board, onClose }: Omit<NewInvitationModalProps, 'opened'>) {
  const api = useApi();
  const { t, i18n } = useTranslation('invitations');
  const language = i18n.language as Language;
  const [form, setForm] = useState<FormState>({
    mode: board.speakers.length === 0 ? 'new' : 'existing',
    speakerId: null,
    name: '',
    organisation: '',
    email: '',
    meetingId: null,
    topic: '',
    suggestedBy: FACILITATOR,
    notes: '',
  });
  const [showProblems, setShowProblems] = useState(false);
  const problems = showProblems ? problemsOf(form) : {};
  const problemText = (field: keyof Problems) => (problems[field] ? t(`form.${problems[field]}`) : undefined);
  const speakerName =
    form.mode === 'existing' ? (board.speakers.find((speaker) => speaker.id === form.speakerId)?.name ?? '') : cleanText(form.name);
  const gate = useConflictGate(
    (draft: InvitationDraft) => api.call('invitations.checkNew', draft),
    async (draft: InvitationDraft) => {
      await api.call('invitations.create', draft);
      notifySuccess(t('form.created', { name: speakerName }));
      onClose();
    },
  );
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    gate.back();
    setForm((current) => ({ ...current, [key]: value }));
  };

  const submit = async () => {
    setShowProblems(true);
    const draft = draftOf(groupId, form);
    if (draft) await gate.submit(draft);
  };

  const chooseSpeaker = (speakerId: string | null) => {
    const topics = board.speakers.find((speaker) => speaker.id === speakerId)?.topics ?? [];
    gate.back();
    setForm((current) => ({ ...current, speakerId, topic: current.topic === '' ? (topics[0] ?? '') : current.topic }));
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Select
          label={t('form.suggestedBy')}
          data={[{ value: FACILITATOR, label: t('form.facilitator') }, ...board.members.map((member) => ({ value: member.id, label: member.name }))]}
          value={form.suggestedBy}
          onChange={(value) => set('suggestedBy', value ?? FACILITATOR)}
          allowDeselect={false}
          searchable
        />
        <LabelledSegmentedControl
          labelId="speaker-mode-label"
          label={t('form.speakerMode')}
          value={form.mode}
          onChange={(mode) => set('mode', mode === 'new' ? 'new' : 'existing')}
          data={[
            { value: 'existing', label: t('form.existing') },
            { value: 'new', label: t('form.new') },
          ]}
        />
        {form.mode === 'existing' ? (
          <Select
            label={t('form.speaker')}
            placeholder={t('form.speakerPlaceholder')}
            data={board.speakers.map((speaker) => ({ value: speaker.id, label: speaker.name }))}
            value={form.speakerId}
            onChange={chooseSpeaker}
            error={problemText('speakerId')}
            searchable
            data-autofocus
          />
        ) : (
          <SimpleGrid cols={3}>
            <TextInput label={t('form.name')} value={form.name} onChange={(event) => set('name', event.currentTarget.value)} error={problemText('name')} required />
            <TextInput label={t('form.organisation')} value={form.organisation} onChange={(event) => set('organisation', event.currentTarget.value)} />
            <TextInput label={t('form.email')} type="email" value={form.email} onChange={(event) => set('email', event.currentTarget.value)} error={problemText('email')} />
          </SimpleGrid>
        )}
        <Select
          label={t('form.meeting')}
          placeholder={t('form.meetingPlaceholder')}
          data={board.meetings.map((meeting) => ({
            value: meeting.id,
            label: [formatLongDate(meeting.date, language), meeting.theme].filter((part) => part !== '').join(' · '),
          }))}
          value={form.meetingId}
          onChange={(value) => set('meetingId', value)}
          clearable
        />
        <TextInput label={t('form.topic')} value={form.topic} onChange={(event) => set('topic', event.currentTarget.value)} />
        <Textarea label={t('form.notes')} value={form.notes} onChange={(event) => set('notes', event.currentTarget.value)} autosize minRows={2} maxRows={5} />
        <ConflictGateFooter gate={gate} speakerName={speakerName} saveLabel={t('form.save')} onCancel={onClose} />
      </Stack>
    </form>
  );
}
