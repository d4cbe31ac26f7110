// Creating a meeting from a day clicked in the calendar: which group, what kind, and an optional theme.
import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarGroup } from '../../../../src-main/api/operations/calendar';
import type { Language, Meeting } from '../../../../src-main/domain/model';
import { DEFAULT_MEETING_TIMES } from '../../../../src-main/domain/year-plan';
import { useApi } from '../../api-context';
import { formatLongDate } from '../../i18n/dates';
import { FormActions } from '../../ui/form-actions';
import { MeetingClashWarning } from '../../ui/meeting-clash-list';
import { useMeetingClashes } from '../../ui/use-meeting-clashes';
import { notifySuccess } from '../../ui/notify';
import { onFormSubmit, useSubmit } from '../../ui/use-submit';

const KINDS: Meeting['kind'][] = ['fullDay', 'halfDay', 'overnight'];

interface CreateMeetingModalProps {
  date: string | null;
  groups: readonly CalendarGroup[];
  onClose: () => void;
}

export function CreateMeetingModal({ date, groups, onClose }: CreateMeetingModalProps) {
  const { t, i18n } = useTranslation('calendar');
  const title = date ? t('create.title', { date: formatLongDate(date, i18n.language as Language) }) : '';
  return (
    <Modal opened={date !== null} onClose={onClose} title={title}>
      {date && <CreateMeetingForm key={date} date={date} groups={groups} onClose={onClose} />}
    </Modal>
  );
}

function CreateMeetingForm({ date, groups, onClose }: { date: string; groups: readonly CalendarGroup[]; onClose: () => void }) {
  const api = useApi();
  const { t, i18n } = useTranslation('calendar');
  const [groupId, setGroupId] = useState<string | null>(groups[0]?.id ?? null);
  const [kind, setKind] = useState<Meeting['kind']>('fullDay');
  const [theme, setTheme] = useState('');
  const { saving, failure, run } = useSubmit();
  // The day was clicked, so its clashes show before the meeting is created, for the group and kind chosen.
  const clashes = useMeetingClashes(groupId, { date, kind, hostOrganisation: '', jointWithSisterGroup: false });

  const submit = () => {
    const group = groups.find((candidate) => candidate.id === groupId);
    if (!group) return;
    void run(async () => {
      await api.call('meetings.create', { groupId: group.id, fields: { date, kind, ...DEFAULT_MEETING_TIMES[kind], theme: theme.trim() } });
      notifySuccess(t('create.created', { group: group.name, date: formatLongDate(date, i18n.language as Language) }));
      onClose();
    });
  };

  return (
    <form onSubmit={onFormSubmit(submit)}>
      <Stack gap="sm">
        <Select
          label={t('create.group')}
          data={groups.map((group) => ({ value: group.id, label: group.name }))}
          value={groupId}
          onChange={setGroupId}
          allowDeselect={false}
          data-autofocus
        />
        <Select
          label={t('create.kind')}
          data={KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as Meeting['kind'])}
          allowDeselect={false}
        />
        <MeetingClashWarning clashes={clashes} />
        <TextInput label={t('create.theme')} value={theme} onChange={(event) => setTheme(event.currentTarget.value)} error={failure} />
        <FormActions submitLabel={t('create.submit')} saving={saving} onCancel={onClose} submitDisabled={!groupId} />
      </Stack>
    </form>
  );
}
