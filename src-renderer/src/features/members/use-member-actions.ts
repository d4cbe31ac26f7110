// What the facilitator does to members: add, edit (job changes keep history), mark as left, delete with undo, export.
// Each write's reply (sent once the change is durable) is applied to the roster at once, without a refetch.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberFields } from '../../../../src-main/api/operations/members';
import type { Member } from '../../../../src-main/domain/model';
import { localIsoDate } from '../../../../src-main/domain/summaries';
import { useApi } from '../../api-context';
import { confirmDeletion } from '../../ui/confirm-deletion';
import { deleteWithUndo } from '../../ui/delete-with-undo';
import { deliverExport } from '../../ui/deliver-export';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { patchQuery, removeById, upsertById, useWriteThrough } from '../../query-writes';

export interface MemberActions {
  /** Throws the ApiCallError so the form can stay open and show it. */
  save(fields: MemberFields, memberId: string | null, jobChangeOn: string | undefined): Promise<Member>;
  toggleLeft(member: Member): Promise<void>;
  confirmDelete(member: Member): void;
  exportCsv(): Promise<void>;
}

export function useMemberActions(groupId: string): MemberActions {
  const api = useApi();
  const { t } = useTranslation('members');
  const { t: tApp } = useTranslation();
  const writeThrough = useWriteThrough();

  return useMemo<MemberActions>(() => {
    /** The roster with `member` saved into it, as the store now holds it. */
    const saved = (member: Member) => [patchQuery('members.list', { groupId }, (list) => upsertById(list, member), { members: [member.id] })];
    const removed = (member: Member) => [patchQuery('members.list', { groupId }, (list) => removeById(list, member.id), { members: [member.id] })];
    const remove = (member: Member) =>
      deleteWithUndo({
        noticeId: 'member-deleted',
        remove: () => writeThrough(groupId, () => api.call('members.delete', { groupId, memberId: member.id }), removed),
        restore: (deleted) => writeThrough(groupId, () => api.call('members.restore', { groupId, member: deleted }), saved),
        deletedMessage: (deleted) => t('deleted', { name: deleted.name }),
        restoredMessage: (deleted) => t('restored', { name: deleted.name }),
        undoLabel: t('undo'),
        tApp,
      });
    return {
      async save(fields, memberId, jobChangeOn) {
        const member = await writeThrough(
          groupId,
          () =>
            memberId
              ? api.call('members.update', { groupId, memberId, member: fields, ...(jobChangeOn ? { jobChangeOn } : {}) })
              : api.call('members.create', { groupId, member: fields }),
          saved,
        );
        notifySuccess(t(memberId ? 'updated' : 'created', { name: member.name }));
        return member;
      },
      async toggleLeft(member) {
        try {
          const left = member.left === undefined ? localIsoDate(new Date()) : null;
          const updated = await writeThrough(groupId, () => api.call('members.setLeft', { groupId, memberId: member.id, left }), saved);
          notifySuccess(t(left ? 'markedLeft' : 'rejoined', { name: updated.name }));
        } catch (error) {
          notifyFailure(tApp, error);
        }
      },
      confirmDelete(member) {
        confirmDeletion({
          title: t('deleteConfirmTitle', { name: member.name }),
          body: t('deleteConfirmBody'),
          confirmLabel: t('delete'),
          cancelLabel: tApp('app.cancel'),
          onConfirm: () => void remove(member),
        });
      },
      async exportCsv() {
        try {
          const fileName = deliverExport(await api.call('members.exportCsv', { groupId }));
          if (fileName) notifySuccess(t('exported', { fileName }));
        } catch (error) {
          notifyFailure(tApp, error);
        }
      },
    };
  }, [api, groupId, t, tApp, writeThrough]);
}
