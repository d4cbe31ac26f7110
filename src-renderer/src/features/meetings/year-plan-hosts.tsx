// The year plan's host suggestion: as many organisations as meetings planned, whose turn it is by the domain's one
// rotation rule (suggestedHosts over hostingQueue, the same order the History tab lists), for the facilitator to ask.
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { suggestedHosts, type HostTurn } from '../../../../src-main/domain/host-rotation';

export function YearPlanHosts({ queue, count }: { queue: readonly HostTurn[]; count: number }) {
  const { t } = useTranslation('meetings');
  const hosts = suggestedHosts(queue, count);
  if (count === 0 || hosts.length === 0) return null;
  return (
    <Group gap={6} align="center" role="group" aria-labelledby="year-plan-hosts-label">
      <Text size="sm" fw={500} id="year-plan-hosts-label">
        {t('plan.suggestedHosts')}
      </Text>
      {hosts.map((organisation, index) => (
        <Badge key={organisation} variant="light" tt="none" fw={500}>
          {index + 1}. {organisation}
        </Badge>
      ))}
      <Text size="xs" c="dimmed" w="100%">
        {t('plan.suggestedHostsHint')}
      </Text>
    </Group>
  );
}
