// A written invitation (the reply of a move or an edit, sent once the write is durable) put straight onto the board.
// The change event that names it then skips the board's refetch of every invitation and speaker of the group (2.2 MB
// on the twenty-year bench group), and only the changed card redraws.
import type { Invitation } from '../../../../src-main/domain/speaker-model';
import { patchQuery, upsertById, type QueryPatch } from '../../query-writes';

export function invitationOnBoard(groupId: string, invitation: Invitation): QueryPatch {
  return patchQuery('invitations.board', { groupId }, (board) => ({ ...board, invitations: upsertById(board.invitations, invitation) }), {
    invitations: [invitation.id],
  });
}
