// Adding or editing a member in a modal; a changed job asks whether it is a correction or a new job (kept in history).
import { Group, List, Modal, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberFields } from '../../../../src-main/api/operations/members';
import { sectorSchema, type Language, type Member } from '../../../../src-main/domain/model';
import { employmentHistory } from '../../../../src-main/domain/people';
import { localIsoDate } from '../../../../src-main/domain/summaries';
import { formatShortDate } from '../../i18n/dates';
import { FormActions } from '../../ui/form-actions';
import { TypedDateInput } from '../../ui/typed-date-input';
import { FormFailure } from '../../ui/form-failure';
import { onFormSubmit, useSubmit } from '../../ui/use-submit';
import { changesJob, draftFromMember, draftProblems, fieldsOf, type MemberDraft } from './member-draft';

interface MemberFormModalProps {
  /** null closes the modal; { member: null } adds a new member. */
  target: { member: Member | null } | null;
  onClose: () => void;
  onSave: (fields: MemberFields, memberId: string | null, jobChangeOn: string | undefined) => Promise<unknown>;
}

export function MemberFormModal({ target, onClose, onSave }: MemberFormModalProps) {
  const { t } = useTranslation('members');
  const title = target?.member ? t('form.editTitle', { name: target.member.name }) : t('form.createTitle');
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target && <MemberForm key={target.member?.id ?? 'new'} member={target.member} onClose={onClose} onSave={onSave} />}
    </Modal>
  );
}

const DATE_FORMAT = 'D. MMMM YYYY';

function MemberForm({ member, onClose, onSave }: Omit<MemberFormModalProps, 'target'> & { member: Member | null }) {
  const { t, i18n } = useTranslation('members');
  const language = i18n.language as Language;
  const [draft, setDraft] = useState<MemberDraft>(() => draftFromMember(member, localIsoDate(new Date())));
  const [showProblems, setShowProblems] = useState(false);
  const { saving, failure, run } = useSubmit();
  const problems = showProblems ? draftProblems(draft, member) : {};
  const problemText = (field: keyof typeof problems) => (problems[field] ? t(`form.${problems[field]}`) : undefined);
  const set = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const jobChanging = changesJob(draft, member);
  const earlierJobs = member ? employmentHistory(member).filter((job) => job.to !== undefined) : [];

  const submit = () => {
    setShowProblems(true);
    const fields = fieldsOf(draft);
    if (!fields || Object.keys(draftProblems(draft, member)).length > 0) return;
    void run(async () => {
      const jobChangeOn = jobChanging && draft.jobChange ? (draft.jobChangeOn ?? localIsoDate(new Date())) : undefined;
      await onSave(fields, member?.id ?? null, jobChangeOn);
      onClose();
    });
  };

  const dateLabel = (date: string | undefined) => (date ? formatShortDate(date, language) : t('form.unknownDate'));

  return (
    <form noValidate onSubmit={onFormSubmit(submit)}>
      <Stack gap="sm">
        <TextInput label={t('form.name')} value={draft.name} onChange={(event) => set('name', event.currentTarget.value)} error={problemText('name')} required data-autofocus />
        <SimpleGrid cols={2}>
          <TextInput label={t('form.email')} type="email" value={draft.email} onChange={(event) => set('email', event.currentTarget.value)} error={problemText('email')} />
          <TextInput label={t('form.phone')} value={draft.phone} onChange={(event) => set('phone', event.currentTarget.value)} />
          <TextInput label={t('form.title')} value={draft.title} onChange={(event) => set('title', event.currentTarget.value)} />
          <TextInput label={t('form.organisation')} value={draft.organisation} onChange={(event) => set('organisation', event.currentTarget.value)} error={problemText('organisation')} />
          <Select
            label={t('form.sector')}
            data={sectorSchema.options.map((sector) => ({ value: sector, label: t(`sector.${sector}`) }))}
            value={draft.sector}
            onChange={(value) => value && set('sector', sectorSchema.parse(value))}
            allowDeselect={false}
          />
        </SimpleGrid>
        {jobChanging && (
          <Group align="flex-end" gap="md" wrap="nowrap">
            {/* Asked, never assumed: a typo fixed must not become a job in the history, nor a new job overwrite the old. */}
            <Radio.Group
              style={{ flex: 1 }}
              label={t('form.jobChoice')}
              value={draft.jobChange === null ? null : draft.jobChange ? 'new' : 'correction'}
              onChange={(value) => set('jobChange', value === 'new')}
              error={problemText('jobChange')}
              required
            >
              <Stack gap={6} mt={6}>
                <Radio value="correction" label={t('form.jobChoiceCorrection')} />
                <Radio value="new" label={t('form.jobChange')} />
              </Stack>
            </Radio.Group>
            {draft.jobChange === true && (
              <TypedDateInput label={t('form.jobChangeOn')} value={draft.jobChangeOn} onChange={(value) => set('jobChangeOn', value)} valueFormat={DATE_FORMAT} invalidMessage={t('form.invalidDate')} w={180} />
            )}
          </Group>
        )}
        <SimpleGrid cols={2}>
          <TypedDateInput label={t('form.joined')} placeholder={t('form.datePlaceholder')} value={draft.joined} onChange={(value) => set('joined', value)} valueFormat={DATE_FORMAT} invalidMessage={t('form.invalidDate')} clearable />
          <TypedDateInput
            label={t('form.left')}
            placeholder={t('form.datePlaceholder')}
            value={draft.left}
            onChange={(value) => set('left', value)}
            valueFormat={DATE_FORMAT} invalidMessage={t('form.invalidDate')}
            clearable
            error={problemText('left')}
          />
        </SimpleGrid>
        <Textarea label={t('form.notes')} value={draft.notes} onChange={(event) => set('notes', event.currentTarget.value)} autosize minRows={2} maxRows={6} />
        {earlierJobs.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('form.history')}
            </Text>
            <List size="sm" c="dimmed">
              {earlierJobs.map((job, index) => (
                <List.Item key={`${job.organisation}-${job.from ?? index}`}>
                  {t('form.historyEntry', { title: job.title || '–', organisation: job.organisation, from: dateLabel(job.from), to: dateLabel(job.to) })}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <FormFailure failure={failure} />
        <FormActions submitLabel={t(member ? 'form.save' : 'form.create')} saving={saving} onCancel={onClose} mt="sm" />
      </Stack>
    </form>
  );
}
