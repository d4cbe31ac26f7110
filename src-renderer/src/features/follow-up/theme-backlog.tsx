// The theme wishes: added by hand or from the closing round (with who raised them), dot-voted per member within the
// budget, and one chosen for a meeting, where it becomes the meeting's theme.
import { ActionIcon, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { FollowUpOverview } from '../../../../src-main/api/operations/follow-up';
import type { Theme } from '../../../../src-main/domain/minutes-model';
import { dotsUsedBy, totalVotes } from '../../../../src-main/domain/themes';
import { useApi } from '../../api-context';
import { formatShortDate } from '../../i18n/dates';
import { confirmDeletion } from '../../ui/confirm-deletion';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { TitledSection } from '../../ui/titled-section';

const NOBODY = '';

export function ThemeBacklog({ groupId, overview }: { groupId: string; overview: FollowUpOverview }) {
  const { t, i18n } = useTranslation('followUp');
  const { t: tApp } = useTranslation();
  const api = useApi();
  const language = i18n.language as Language;
  const [title, setTitle] = useState('');
  const [raisedBy, setRaisedBy] = useState<string>(NOBODY);
  const [voterId, setVoterId] = useState<string | null>(overview.members[0]?.id ?? null);
  const upcoming = overview.meetings.filter((meeting) => meeting.date >= overview.today);
  const [targetId, setTargetId] = useState<string | null>(overview.nextMeetingId);
  const names = new Map(overview.members.map((member) => [member.id, member.name]));
  const meetingDate = new Map(overview.meetings.map((meeting) => [meeting.id, meeting.date]));
  const waiting = overview.themes.filter((theme) => theme.status === 'waiting');
  const decided = overview.themes.filter((theme) => theme.status !== 'waiting');
  const voter = voterId ? overview.members.find((member) => member.id === voterId) : undefined;
  const dotsLeft = voter ? overview.dotBudget - dotsUsedBy(overview.themes, voter.id) : 0;

  const attempt = async (work: () => Promise<unknown>, success?: string) => {
    try {
      await work();
      if (success) notifySuccess(success);
    } catch (error) {
      notifyFailure(tApp, error);
    }
  };

  const add = () => {
    const trimmed = title.trim();
    if (trimmed === '') return;
    void attempt(async () => {
      await api.call('themes.raise', { groupId, title: trimmed, ...(raisedBy ? { raisedByMemberId: raisedBy } : {}) });
      setTitle('');
    });
  };

  const confirmRemove = (theme: Theme) =>
    confirmDeletion({
      title: t('themes.removeTitle'),
      body: <Text size="sm">{t('themes.removeBody', { title: theme.title })}</Text>,
      confirmLabel: t('themes.removeConfirm'),
      cancelLabel: t('themes.cancel'),
      onConfirm: () => void attempt(() => api.call('themes.remove', { groupId, themeId: theme.id })),
    });

  return (
    <TitledSection headingId="themes-heading" title={t('themes.title')}>
      <Text size="sm" c="dimmed">
        {t('themes.hint', { budget: overview.dotBudget })}
      </Text>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('themes.newTitle')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add();
          }}
          style={{ flex: 1 }}
        />
        <Select
          label={t('themes.raisedBy')}
          w={220}
          value={raisedBy}
          onChange={(value) => setRaisedBy(value ?? NOBODY)}
          allowDeselect={false}
          searchable
          data={[{ value: NOBODY, label: t('themes.nobody') }, ...overview.members.map((member) => ({ value: member.id, label: member.name }))]}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={add} disabled={title.trim() === ''}>
          {t('themes.add')}
        </Button>
      </Group>
      {waiting.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed">
            {t('themes.empty')}
          </Text>
        </Paper>
      ) : (
        <>
          <Group gap="sm" align="flex-end">
            <Select label={t('themes.voter')} w={240} value={voterId} onChange={setVoterId} allowDeselect={false} searchable data={overview.members.map((member) => ({ value: member.id, label: member.name }))} />
            {voter && (
              <Badge size="lg" variant="light" tt="none" color={dotsLeft > 0 ? 'teal' : 'gray'} mb={4}>
                {t('themes.dotsLeft', { name: voter.name, count: dotsLeft })}
              </Badge>
            )}
            <Select
              label={t('themes.targetMeeting')}
              w={200}
              value={targetId}
              onChange={setTargetId}
              allowDeselect={false}
              placeholder={t('themes.noMeeting')}
              data={upcoming.map((meeting) => ({ value: meeting.id, label: formatShortDate(meeting.date, language) }))}
            />
          </Group>
          <Stack gap={6}>
            {waiting.map((theme) => {
              const mine = voter ? (theme.votes[voter.id] ?? 0) : 0;
              const raiser = theme.raisedByMemberId ? names.get(theme.raisedByMemberId) : undefined;
              const raisedAt = theme.raisedAtMeetingId ? meetingDate.get(theme.raisedAtMeetingId) : undefined;
              return (
                <Paper key={theme.id} withBorder radius="md" p="sm" role="group" aria-label={theme.title}>
                  <Group justify="space-between" wrap="nowrap">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Group gap="xs">
                        <Text fw={600}>{theme.title}</Text>
                        <Badge variant="filled" color="grape" radius="sm">
                          {t('themes.votes', { count: totalVotes(theme) })}
                        </Badge>
                      </Group>
                      {(raiser || raisedAt) && (
                        <Text size="xs" c="dimmed">
                          {[raiser ? t('themes.raisedByLine', { name: raiser }) : '', raisedAt ? t('themes.raisedAt', { date: formatShortDate(raisedAt, language) }) : ''].filter(Boolean).join(' ')}
                        </Text>
                      )}
                    </Stack>
                    <Group gap="sm" wrap="nowrap">
                      {voter && (
                        <SegmentedControl
                          size="xs"
                          aria-label={t('themes.dotsOn', { name: voter.name, title: theme.title })}
                          value={String(mine)}
                          onChange={(value) => void attempt(() => api.call('themes.setDots', { groupId, themeId: theme.id, memberId: voter.id, dots: Number(value) }))}
                          data={Array.from({ length: overview.dotBudget + 1 }, (_, dots) => ({
                            value: String(dots),
                            label: dots === 0 ? '0' : '●'.repeat(dots),
                            disabled: dots - mine > dotsLeft,
                          }))}
                        />
                      )}
                      <Button
                        size="xs"
                        variant="light"
                        disabled={!targetId}
                        aria-label={t('themes.chooseFor', { title: theme.title })}
                        onClick={() =>
                          targetId &&
                          void attempt(
                            () => api.call('themes.choose', { groupId, meetingId: targetId, themeId: theme.id }),
                            t('themes.chosen', { title: theme.title, date: formatShortDate(meetingDate.get(targetId) ?? '', language) }),
                          )
                        }
                      >
                        {t('themes.choose')}
                      </Button>
                      <Tooltip label={t('themes.remove', { title: theme.title })}>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('themes.remove', { title: theme.title })} onClick={() => confirmRemove(theme)}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        </>
      )}
      {decided.length > 0 && (
        <Stack gap={4}>
          {decided.map((theme) => {
            const date = theme.meetingId ? meetingDate.get(theme.meetingId) : undefined;
            return (
              <Group key={theme.id} gap="xs">
                <Badge color={theme.status === 'chosen' ? 'teal' : 'gray'} variant="light">
                  {theme.status === 'chosen' ? t('themes.chosenFor', { date: date ? formatShortDate(date, language) : '—' }) : t('themes.held')}
                </Badge>
                <Text size="sm">{theme.title}</Text>
              </Group>
            );
          })}
        </Stack>
      )}
    </TitledSection>
  );
}
