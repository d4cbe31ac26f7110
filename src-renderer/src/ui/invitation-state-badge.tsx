// An invitation's state as a coloured badge, in the pipeline's table and in the speaker directory's history.
import { Badge } from '@mantine/core';
import type { InvitationState } from '../../../src-main/domain/speaker-model';
import { useInvitationStateName } from './invitation-state-name';

const STATE_COLOR: Record<InvitationState, string> = {
  idea: 'gray',
  asked: 'blue',
  confirmed: 'teal',
  materialsReceived: 'cyan',
  delivered: 'green',
  thanked: 'lime',
  declined: 'orange',
  cancelled: 'red',
};

export function StateBadge({ state }: { state: InvitationState }) {
  const stateName = useInvitationStateName();
  return (
    <Badge color={STATE_COLOR[state]} variant="light" size="sm">
      {stateName(state)}
    </Badge>
  );
}
