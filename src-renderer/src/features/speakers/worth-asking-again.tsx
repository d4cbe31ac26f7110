// Speakers worth asking again: well rated, not heard lately, not already in a pipeline (the rule is the domain's,
// speakersWorthAskingAgain). Each opens the speaker's card, where the history says what they spoke about.
import { Badge, Group, Loader, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { GOOD_RATING, NOT_HEARD_FOR_MONTHS } from '../../../../src-main/domain/speaker-memory';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';
import { TitledSection } from '../../ui/titled-section';
import { useApiQuery } from '../../use-api-query';

export function WorthAskingAgain({ groupId, onOpen }: { groupId: string; onOpen: (speakerId: string) => void }) {
  const { t, i18n } = useTranslation('speakers');
  const language = i18n.language as Language;
  // A rating or a talk in any group may change the list.
  const { data } = useApiQuery('speakers.worthAskingAgain', { groupId }, (event) => event.type === 'groupChanged');
  return (
    <TitledSection headingId="worth-asking-again" title={t('worth.title')} gap="xs">
      <Text size="xs" c="dimmed">
        {t('worth.rule', { good: GOOD_RATING, months: NOT_HEARD_FOR_MONTHS })}
      </Text>
      {data === undefined ? (
        <Loader size="sm" aria-label={t('worth.loading')} />
      ) : data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('worth.empty')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {data.map((entry) => (
            <li key={entry.speakerId}>
              <Paper withBorder p="xs" radius="sm">
                <UnstyledButton onClick={() => onOpen(entry.speakerId)} aria-label={t('worth.open', { name: entry.name })} w="100%">
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600}>
                        {entry.name}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        {t('worth.lastHeard', { date: formatShortDate(entry.lastHeard, language), topic: entry.lastTopic })}
                      </Text>
                    </Stack>
                    <Badge variant="light" color="yellow" leftSection={<IconStarFilled size={10} />} style={{ flexShrink: 0 }}>
                      {t('worth.talks', { count: entry.ratedTalks, average: entry.averageRating.toLocaleString(language) })}
                    </Badge>
                  </Group>
                </UnstyledButton>
              </Paper>
            </li>
          ))}
        </Stack>
      )}
    </TitledSection>
  );
}
