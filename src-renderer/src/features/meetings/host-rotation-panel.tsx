// Host rotation: which organisations have hosted (and when), and which current members' organisations have not yet.
import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HostRotation } from '../../../../src-main/domain/host-rotation';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';

export function HostRotationPanel({ rotation, hasMembers }: { rotation: HostRotation; hasMembers: boolean }) {
  const { t, i18n } = useTranslation('meetings');
  const language = i18n.language as Language;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="host-rotation-heading">
      <Title order={3} size="h4" id="host-rotation-heading" mb="sm">
        {t('rotation.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap={6}>
          <Text size="sm" fw={600} c="dimmed">
            {t('rotation.hosted')}
          </Text>
          {rotation.hosted.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('rotation.none')}
            </Text>
          ) : (
            <List spacing={6} listStyleType="none" aria-label={t('rotation.hosted')}>
              {rotation.hosted.map((record) => (
                <List.Item key={record.organisation}>
                  <Text size="sm" fw={500} span>
                    {record.organisation}
                  </Text>
                  {record.memberIds.length === 0 && (
                    <Text size="xs" c="dimmed" span>
                      {' '}
                      ({t('rotation.formerMembers')})
                    </Text>
                  )}
                  <Group gap={4} mt={2}>
                    {record.visits.map((visit) => (
                      <Badge key={visit.meetingId} size="sm" variant={visit.upcoming ? 'outline' : 'light'} color={visit.upcoming ? 'blue' : 'gray'}>
                        {formatShortDate(visit.date, language)}
                        {visit.upcoming ? ` · ${t('rotation.upcoming')}` : ''}
                      </Badge>
                    ))}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap={6}>
          <Text size="sm" fw={600} c="dimmed">
            {t('rotation.notYet')}
          </Text>
          {!hasMembers ? (
            <Text size="sm" c="dimmed">
              {t('rotation.noMembers')}
            </Text>
          ) : rotation.notYetHosted.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('rotation.everyoneHosted')}
            </Text>
          ) : (
            <Group gap={6} role="list" aria-label={t('rotation.notYet')}>
              {rotation.notYetHosted.map((record) => (
                <Badge key={record.organisation} role="listitem" variant="default" size="lg" tt="none" fw={500}>
                  {record.organisation}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
