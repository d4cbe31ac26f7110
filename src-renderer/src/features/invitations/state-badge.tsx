// An invitation's state as a coloured badge; the speaker directory shows outcomes with it too.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationState } from '../../../../src-main/domain/speaker-model';

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
  const { t } = useTranslation('invitations');
  return (
    <Badge color={STATE_COLOR[state]} variant="light" size="sm">
      {t(`states.${state}`)}
    </Badge>
  );
}
