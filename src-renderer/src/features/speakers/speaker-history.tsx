// Every talk a speaker gave or was asked for, in this and the other groups, newest first, with its outcome.
import { Group, Loader, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SpeakerTalk } from '../../../../src-main/api/operations/speakers';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';
import { StateBadge } from '../../ui/invitation-state-badge';

export function SpeakerHistory({ groupId, talks, loading }: { groupId: string; talks: readonly SpeakerTalk[] | undefined; loading: boolean }) {
  const { t, i18n } = useTranslation('speakers');
  const language = i18n.language as Language;
  if (loading) return <Loader size="sm" aria-label={t('details.historyLoading')} />;
  if (!talks || talks.length === 0) return <Text size="sm" c="dimmed">{t('details.noHistory')}</Text>;
  return (
    <Timeline bulletSize={12} lineWidth={2} aria-label={t('details.history')}>
      {talks.map((talk) => (
        <Timeline.Item
          key={`${talk.groupId}-${talk.invitationId}`}
          title={
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {talk.meetingDate ? formatShortDate(talk.meetingDate, language) : t('details.undated')}
              </Text>
              <StateBadge state={talk.state} />
            </Group>
          }
        >
          <Stack gap={0}>
            <Text size="sm">{talk.topic}</Text>
            <Text size="xs" c="dimmed">
              {talk.groupId === groupId ? t('details.thisGroup') : talk.groupName}
            </Text>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
