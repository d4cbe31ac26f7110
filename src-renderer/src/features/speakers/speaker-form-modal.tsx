// Adding or editing a speaker: contact, topics as tags, bio, who suggested them and a "do not ask before" date.
import { Modal, Select, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerFields } from '../../../../src-main/api/operations/speakers';
import type { Member, Speaker } from '../../../../src-main/domain/model';
import { FormActions } from '../../ui/form-actions';
import { FormFailure } from '../../ui/form-failure';
import { onFormSubmit, useSubmit } from '../../ui/use-submit';
import { draftFromSpeaker, speakerDraftProblems, speakerFieldsOf, type SpeakerDraft } from './speaker-draft';

interface SpeakerFormModalProps {
  /** null closes the modal; { speaker: null } adds a new speaker. */
  target: { speaker: Speaker | null } | null;
  members: readonly Pick<Member, 'id' | 'name'>[];
  onClose: () => void;
  onSave: (fields: SpeakerFields, speakerId: string | null) => Promise<unknown>;
}

export function SpeakerFormModal({ target, members, onClose, onSave }: SpeakerFormModalProps) {
  const { t } = useTranslation('speakers');
  const title = target?.speaker ? t('form.editTitle', { name: target.speaker.name }) : t('form.createTitle');
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target && <SpeakerForm key={target.speaker?.id ?? 'new'} speaker={target.speaker} members={members} onClose={onClose} onSave={onSave} />}
    </Modal>
  );
}

const FACILITATOR = 'facilitator';

function SpeakerForm({ speaker, members, onClose, onSave }: Omit<SpeakerFormModalProps, 'target'> & { speaker: Speaker | null }) {
  const { t } = useTranslation('speakers');
  const [draft, setDraft] = useState<SpeakerDraft>(() => draftFromSpeaker(speaker));
  const [showProblems, setShowProblems] = useState(false);
  const { saving, failure, run } = useSubmit();
  const problems = showProblems ? speakerDraftProblems(draft) : {};
  const problemText = (field: keyof typeof problems) => (problems[field] ? t(`form.${problems[field]}`) : undefined);
  const set = <K extends keyof SpeakerDraft>(key: K, value: SpeakerDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const memberOptions = [{ value: FACILITATOR, label: t('form.facilitator') }, ...members.map((member) => ({ value: member.id, label: member.name }))];

  const submit = () => {
    setShowProblems(true);
    const fields = speakerFieldsOf(draft);
    if (!fields) return;
    void run(async () => {
      await onSave(fields, speaker?.id ?? null);
      onClose();
    });
  };

  return (
    <form noValidate onSubmit={onFormSubmit(submit)}>
      <Stack gap="sm">
        <TextInput label={t('form.name')} value={draft.name} onChange={(event) => set('name', event.currentTarget.value)} error={problemText('name')} required data-autofocus />
        <SimpleGrid cols={2}>
          <TextInput label={t('form.title')} value={draft.title} onChange={(event) => set('title', event.currentTarget.value)} />
          <TextInput label={t('form.organisation')} value={draft.organisation} onChange={(event) => set('organisation', event.currentTarget.value)} />
          <TextInput label={t('form.email')} type="email" value={draft.email} onChange={(event) => set('email', event.currentTarget.value)} error={problemText('email')} />
          <TextInput label={t('form.phone')} value={draft.phone} onChange={(event) => set('phone', event.currentTarget.value)} />
        </SimpleGrid>
        <TagsInput label={t('form.topics')} description={t('form.topicsDescription')} value={draft.topics} onChange={(topics) => set('topics', topics)} clearable />
        <Textarea label={t('form.bio')} value={draft.bio} onChange={(event) => set('bio', event.currentTarget.value)} autosize minRows={2} maxRows={6} />
        <SimpleGrid cols={2}>
          <Select
            label={t('form.suggestedBy')}
            data={memberOptions}
            value={draft.suggestedByMemberId ?? FACILITATOR}
            onChange={(value) => set('suggestedByMemberId', value === null || value === FACILITATOR ? null : value)}
            allowDeselect={false}
            searchable
          />
          <DatePickerInput
            label={t('form.doNotAskBefore')}
            description={t('form.doNotAskBeforeDescription')}
            placeholder={t('form.datePlaceholder')}
            value={draft.doNotAskBefore}
            onChange={(value) => set('doNotAskBefore', value)}
            valueFormat="D. MMMM YYYY"
            clearable
          />
        </SimpleGrid>
        <Textarea label={t('form.notes')} value={draft.notes} onChange={(event) => set('notes', event.currentTarget.value)} autosize minRows={2} maxRows={6} />
        <FormFailure failure={failure} />
        <FormActions submitLabel={t(speaker ? 'form.save' : 'form.create')} saving={saving} onCancel={onClose} mt="sm" />
      </Stack>
    </form>
  );
}
