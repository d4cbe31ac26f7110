// Moving an invitation to another state: a move that raises warnings is held back until they are confirmed, and an
// illegal move is explained, not silently dropped.
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation, InvitationState } from '../../../../src-main/domain/speaker-model';
import { ApiCallError } from '../../api-client';
import { useApi } from '../../api-context';
import { useWriteThrough } from '../../query-writes';
import { useInvitationStateName } from '../../ui/invitation-state-name';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { ConflictList } from './conflict-list';
import { invitationOnBoard } from './invitation-on-board';

export interface MoveTarget {
  invitationId: string;
  speakerName: string;
  from: InvitationState;
}

export function useMoveInvitation(groupId: string): (target: MoveTarget, to: InvitationState) => Promise<void> {
  const api = useApi();
  const { t } = useTranslation('invitations');
  const { t: tApp } = useTranslation();
  const stateName = useInvitationStateName();
  const writeThrough = useWriteThrough();

  return useCallback(
    async (target, to) => {
      const refused = (error: unknown) => {
        if (error instanceof ApiCallError && error.error.code === 'invalidTransition') {
          notifications.show({
            color: 'red',
            autoClose: 10_000,
            message: t('refusedMove', { name: target.speakerName, from: stateName(target.from), to: stateName(to) }),
          });
        } else {
          notifyFailure(tApp, error);
        }
      };
      const onBoard = (invitation: Invitation) => [invitationOnBoard(groupId, invitation)];
      const moved = () => notifySuccess(t('moved', { name: target.speakerName, state: stateName(to) }));
      const moveRegardless = async () => {
        try {
          await writeThrough(groupId, () => api.call('invitations.move', { groupId, invitationId: target.invitationId, to }), onBoard);
          moved();
        } catch (error) {
          refused(error);
        }
      };
      try {
        // One round trip: the move is made unless it raises warnings, which then come back with nothing written.
        const outcome = await writeThrough(
          groupId,
          () => api.call('invitations.moveUnlessConflicts', { groupId, invitationId: target.invitationId, to }),
          (answer) => ('moved' in answer ? onBoard(answer.moved) : []),
        );
        if ('moved' in outcome) return moved();
        modals.openConfirmModal({
          title: t('conflicts.moveTitle'),
          children: <ConflictList conflicts={outcome.conflicts} speakerName={target.speakerName} title={t('moveTo', { state: stateName(to) })} />,
          labels: { confirm: t('conflicts.proceedMove'), cancel: t('conflicts.back') },
          confirmProps: { color: 'orange' },
          onConfirm: () => void moveRegardless(),
        });
      } catch (error) {
        refused(error);
      }
    },
    [api, groupId, t, tApp, stateName, writeThrough],
  );
}
