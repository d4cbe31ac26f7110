// Creating or editing a meeting in a modal: date (Danish calendar, Monday first), times, kind, host, address, extras.
import { Autocomplete, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput, TimePicker } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostOption } from '../../../../src-main/api/operations/meetings';
import { speakersToTell } from '../../../../src-main/domain/calendar-conflicts';
import type { Meeting } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { FormActions } from '../../ui/form-actions';
import { FormFailure } from '../../ui/form-failure';
import { MeetingClashWarning } from '../../ui/meeting-clash-list';
import { NewDateMailsModal, type NewDateMails } from '../../ui/new-date-mails-modal';
import { useMeetingClashes } from '../../ui/use-meeting-clashes';
import { onFormSubmit, useSubmit } from '../../ui/use-submit';
import { draftProblems, fieldsOf, withKind, type MeetingDraft } from './meeting-draft';

const KINDS: Meeting['kind'][] = ['fullDay', 'halfDay', 'overnight'];
const STATUSES: Meeting['status'][] = ['planned', 'invitationSent', 'held', 'minutesSent'];

interface MeetingFormModalProps {
  groupId: string;
  /** null closes the modal. */
  initial: { draft: MeetingDraft; meetingId: string | null } | null;
  hostOptions: readonly HostOption[];
  onClose: () => void;
  onSave: (draft: NonNullable<ReturnType<typeof fieldsOf>>, meetingId: string | null) => Promise<unknown>;
}

export function MeetingFormModal({ initial, ...rest }: MeetingFormModalProps) {
  const { t } = useTranslation('meetings');
  // Outlives the form: the speakers of a moved meeting are offered their mails once it is saved and closed.
  const [mails, setMails] = useState<NewDateMails | null>(null);
  return (
    <>
      <Modal opened={initial !== null} onClose={rest.onClose} title={t(initial?.meetingId ? 'form.editTitle' : 'form.createTitle')} size="lg">
        {initial && <MeetingForm key={initial.meetingId ?? 'new'} initial={initial} {...rest} onMoved={setMails} />}
      </Modal>
      <NewDateMailsModal mails={mails} onClose={() => setMails(null)} />
    </>
  );
}

type MeetingFormProps = Omit<MeetingFormModalProps, 'initial'> & {
  initial: NonNullable<MeetingFormModalProps['initial']>;
  onMoved: (mails: NewDateMails) => void;
};

function MeetingForm({ groupId, initial, hostOptions, onClose, onSave, onMoved }: MeetingFormProps) {
  const api = useApi();
  const { t } = useTranslation('meetings');
  const [draft, setDraft] = useState<MeetingDraft>(initial.draft);
  const clashes = useMeetingClashes(groupId, { ...draft, meetingId: initial.meetingId });
  const [showProblems, setShowProblems] = useState(false);
  const { saving, failure, run } = useSubmit();
  const problems = showProblems ? draftProblems(draft) : {};
  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const problemText = (key: keyof typeof problems) => (problems[key] ? t(`form.${problems[key]}`) : undefined);
  const hostMembers = hostOptions.find((option) => option.organisation === draft.hostOrganisation)?.memberNames;

  const submit = () => {
    setShowProblems(true);
    const fields = fieldsOf(draft);
    if (!fields) return;
    const { meetingId } = initial;
    const movedId = meetingId !== null && fields.date !== initial.draft.date ? meetingId : null;
    void run(async () => {
      // Asked at the moment of saving, so the speakers told are those booked for the date actually saved.
      const [clashesNow = []] =
        movedId === null ? [] : await api.call('meetings.clashes', { groupId, candidates: [{ meetingId: movedId, date: fields.date, kind: fields.kind }] });
      await onSave(fields, meetingId);
      onClose();
      const speakers = speakersToTell(clashesNow);
      if (speakers.length > 0) onMoved({ groupId, date: fields.date, speakers });
    });
  };

  return (
    <form onSubmit={onFormSubmit(submit)}>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <DatePickerInput
            label={t('form.date')}
            value={draft.date}
            onChange={(value) => set('date', value)}
            valueFormat="dddd D. MMMM YYYY"
            firstDayOfWeek={1}
            error={problemText('date')}
            required
            data-autofocus
          />
          <Select
            label={t('form.kind')}
            data={KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            value={draft.kind}
            onChange={(value) => value && setDraft((current) => withKind(current, value as Meeting['kind']))}
            allowDeselect={false}
          />
          <TimePicker
            label={t('form.startTime')}
            format="24h"
            value={draft.startTime}
            onChange={(value) => set('startTime', value)}
            hoursInputLabel={`${t('form.startTime')}: ${t('form.hours')}`}
            minutesInputLabel={`${t('form.startTime')}: ${t('form.minutes')}`}
            error={problemText('startTime')}
          />
          <TimePicker
            label={t(draft.kind === 'overnight' ? 'form.endTimeNextDay' : 'form.endTime')}
            format="24h"
            value={draft.endTime}
            onChange={(value) => set('endTime', value)}
            hoursInputLabel={`${t('form.endTime')}: ${t('form.hours')}`}
            minutesInputLabel={`${t('form.endTime')}: ${t('form.minutes')}`}
            error={problemText('endTime')}
          />
        </SimpleGrid>
        <MeetingClashWarning clashes={clashes} />
        <Autocomplete
          label={t('form.host')}
          description={hostMembers ? t('form.hostMembers', { names: hostMembers.join(', ') }) : t('form.hostDescription')}
          data={hostOptions.map((option) => option.organisation)}
          value={draft.hostOrganisation}
          onChange={(value) => set('hostOrganisation', value)}
        />
        <Textarea label={t('form.address')} value={draft.address} onChange={(event) => set('address', event.currentTarget.value)} autosize minRows={2} maxRows={5} />
        <SimpleGrid cols={2}>
          <TextInput label={t('form.theme')} value={draft.theme} onChange={(event) => set('theme', event.currentTarget.value)} />
          <Select
            label={t('form.status')}
            data={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            value={draft.status}
            onChange={(value) => value && set('status', value as Meeting['status'])}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group gap="lg">
          <Checkbox label={t('form.siteTour')} checked={draft.siteTour} onChange={(event) => set('siteTour', event.currentTarget.checked)} />
          <Checkbox label={t('form.dinner')} checked={draft.dinner} onChange={(event) => set('dinner', event.currentTarget.checked)} />
          <Checkbox label={t('form.joint')} checked={draft.jointWithSisterGroup} onChange={(event) => set('jointWithSisterGroup', event.currentTarget.checked)} />
        </Group>
        <FormFailure failure={failure} />
        <FormActions submitLabel={t(initial.meetingId ? 'form.save' : 'form.create')} saving={saving} onCancel={onClose} mt="sm" />
      </Stack>
    </form>
  );
}
