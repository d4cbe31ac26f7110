// What the facilitator does to members: add, edit (job changes keep history), mark as left, delete with undo, export.
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

  return useMemo<MemberActions>(() => {
    const remove = (member: Member) =>
      deleteWithUndo({
        noticeId: 'member-deleted',
        remove: () => api.call('members.delete', { groupId, memberId: member.id }),
        restore: (deleted) => api.call('members.restore', { groupId, member: deleted }),
        deletedMessage: (deleted) => t('deleted', { name: deleted.name }),
        restoredMessage: (deleted) => t('restored', { name: deleted.name }),
        undoLabel: t('undo'),
        tApp,
      });
    return {
      async save(fields, memberId, jobChangeOn) {
        const saved = memberId
          ? await api.call('members.update', { groupId, memberId, member: fields, ...(jobChangeOn ? { jobChangeOn } : {}) })
          : await api.call('members.create', { groupId, member: fields });
        notifySuccess(t(memberId ? 'updated' : 'created', { name: saved.name }));
        return saved;
      },
      async toggleLeft(member) {
        try {
          const left = member.left === undefined ? localIsoDate(new Date()) : null;
          const saved = await api.call('members.setLeft', { groupId, memberId: member.id, left });
          notifySuccess(t(left ? 'markedLeft' : 'rejoined', { name: saved.name }));
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
  }, [api, groupId, t, tApp]);
}
