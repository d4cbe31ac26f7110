// Every talk a speaker gave or was asked for, in this and the other groups, newest first, with the meeting's theme and
// how it went; a held talk of this group can be rated from the closing round right here.
import { Button, Group, Loader, Rating, Stack, Text, Timeline } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { SpeakerTalk } from '../../../../src-main/domain/speaker-memory';
import { formatShortDate } from '../../i18n/dates';
import { StateBadge } from '../../ui/invitation-state-badge';
import { TalkRatingForm } from './talk-rating-form';

interface SpeakerHistoryProps {
  groupId: string;
  talks: readonly SpeakerTalk[] | undefined;
  loading: boolean;
  /** A rating saved: the history shows it at once, before the change event reloads it. */
  onRated: (talk: SpeakerTalk) => void;
}

export function SpeakerHistory({ groupId, talks, loading, onRated }: SpeakerHistoryProps) {
  const { t, i18n } = useTranslation('speakers');
  const language = i18n.language as Language;
  const [rating, setRating] = useState<string | null>(null);
  if (loading) return <Loader size="sm" aria-label={t('details.historyLoading')} />;
  if (!talks || talks.length === 0) return <Text size="sm" c="dimmed">{t('details.noHistory')}</Text>;
  return (
    <Timeline bulletSize={12} lineWidth={2} aria-label={t('details.history')}>
      {talks.map((talk) => {
        const here = talk.groupId === groupId;
        return (
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
            <Stack gap={2} data-testid="speaker-talk">
              <Text size="sm">{talk.topic}</Text>
              <Text size="xs" c="dimmed">
                {[here ? t('details.thisGroup') : talk.groupName, talk.meetingTheme && t('details.theme', { theme: talk.meetingTheme })]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {talk.rating !== undefined && (
                <Group gap={6}>
                  <Rating value={talk.rating} readOnly size="xs" aria-label={t('rating.value', { rating: talk.rating })} />
                  <Text size="xs" c="dimmed" component="span">
                    {t('rating.value', { rating: talk.rating })}
                  </Text>
                </Group>
              )}
              {talk.ratingNote && (
                <Text size="xs" fs="italic">
                  “{talk.ratingNote}”
                </Text>
              )}
              {here && talk.rateable && rating !== talk.invitationId && (
                <Button
                  variant="subtle"
                  size="compact-xs"
                  w="fit-content"
                  leftSection={<IconStar size={12} />}
                  onClick={() => setRating(talk.invitationId)}
                >
                  {talk.rating === undefined && !talk.ratingNote ? t('rating.add') : t('rating.change')}
                </Button>
              )}
              {rating === talk.invitationId && (
                <TalkRatingForm
                  groupId={groupId}
                  talk={talk}
                  onDone={(saved) => {
                    setRating(null);
                    if (saved) onRated(saved);
                  }}
                />
              )}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
