// What the facilitator does to meetings: create, edit, plan a year (replacing the empty meetings it duplicates, with
// undo), delete with confirmation and undo, export to a calendar file. Each write's reply (sent once the change is
// durable) is put into the meetings list at once; the host rotation beside it is worked out by the main process from
// members too, so the change event still refreshes the list.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../src-main/api/contract';
import type { MeetingFields } from '../../../../src-main/api/operations/meetings';
import type { SavedYearPlan } from '../../../../src-main/api/operations/year-plan';
import { meetingsInOrder } from '../../../../src-main/domain/meetings';
import type { Language, Meeting } from '../../../../src-main/domain/model';
import type { DuplicateChoice } from '../../../../src-main/domain/re-plan';
import { useApi } from '../../api-context';
import { formatLongDate } from '../../i18n/dates';
import { confirmDeletion } from '../../ui/confirm-deletion';
import { deleteWithUndo } from '../../ui/delete-with-undo';
import { deliverExport } from '../../ui/deliver-export';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { showUndoNotification } from '../../ui/undo-notification';
import { patchQuery, removeById, upsertById, useWriteThrough, type QueryPatch } from '../../query-writes';

/** The meetings list with `meetings` saved into it (in date order) or, with `removed`, taken out of it. */
function meetingsPatch(groupId: string, meetings: readonly Meeting[], removed = false): QueryPatch[] {
  return [
    patchQuery(
      'meetings.list',
      { groupId },
      (overview) => ({
        ...overview,
        meetings: meetingsInOrder(meetings.reduce((list, meeting) => (removed ? removeById(list, meeting.id) : upsertById(list, meeting)), overview.meetings)),
      }),
      {},
    ),
  ];
}

export interface MeetingActions {
  /** Throws the ApiCallError so the form can stay open and show it. */
  save(fields: MeetingFields, meetingId: string | null): Promise<Meeting>;
  confirmDelete(meeting: Meeting): void;
  exportIcs(target: { meetingId: string } | { year: number }): Promise<void>;
}

export function useMeetingActions(groupId: string): MeetingActions {
  const api = useApi();
  const { t, i18n } = useTranslation('meetings');
  const { t: tApp } = useTranslation();
  const writeThrough = useWriteThrough();

  return useMemo<MeetingActions>(() => {
    const dateOf = (meeting: Pick<Meeting, 'date'>) => formatLongDate(meeting.date, i18n.language as Language);
    const remove = (meeting: Meeting) =>
      deleteWithUndo({
        noticeId: 'meeting-deleted',
        remove: () => writeThrough(groupId, () => api.call('meetings.delete', { groupId, meetingId: meeting.id }), (deleted) => meetingsPatch(groupId, [deleted], true)),
        restore: (deleted) => writeThrough(groupId, () => api.call('meetings.restore', { groupId, meeting: deleted }), (restored) => meetingsPatch(groupId, [restored])),
        deletedMessage: (deleted) => t('deleted', { date: dateOf(deleted) }),
        restoredMessage: (deleted) => t('restored', { date: dateOf(deleted) }),
        undoLabel: t('undo'),
        tApp,
      });

    return {
      async save(fields, meetingId) {
        const saved = await writeThrough(
          groupId,
          () => (meetingId ? api.call('meetings.update', { groupId, meetingId, fields }) : api.call('meetings.create', { groupId, fields })),
          (meeting) => meetingsPatch(groupId, [meeting]),
        );
        notifySuccess(t(meetingId ? 'updated' : 'created', { date: dateOf(saved) }));
        return saved;
      },
      confirmDelete(meeting) {
        confirmDeletion({
          title: t('deleteConfirmTitle', { date: dateOf(meeting) }),
          body: t('deleteConfirmBody'),
          confirmLabel: t('delete'),
          cancelLabel: tApp('app.cancel'),
          onConfirm: () => void remove(meeting),
        });
      },
      async exportIcs(target) {
        try {
          const result = await api.call('meetings.exportIcs', { groupId, ...target });
          const fileName = deliverExport(result);
          if (fileName) notifySuccess(t('exported', { fileName }));
        } catch (error) {
          notifyFailure(tApp, error);
        }
      },
    };
  }, [api, groupId, i18n, t, tApp, writeThrough]);
}

/**
 * Saves a year plan with the facilitator's choice for meetings it would duplicate (see domain/re-plan.ts). A replace
 * removed meetings, so its notice offers Undo, which puts them back and takes the plan's new meetings out again.
 */
export function useSaveYearPlan(groupId: string) {
  const api = useApi();
  const { t } = useTranslation('meetings');
  const { t: tApp } = useTranslation();
  const writeThrough = useWriteThrough();
  return useCallback(
    async (planned: InputOf<'yearPlan.save'>['planned'], duplicates: DuplicateChoice): Promise<SavedYearPlan> => {
      const saved = await writeThrough(
        groupId,
        () => api.call('yearPlan.save', { groupId, planned, duplicates }),
        (result) => [...meetingsPatch(groupId, result.replaced, true), ...meetingsPatch(groupId, result.created)],
      );
      if (saved.replaced.length === 0) {
        notifySuccess(t('plan.saved', { count: saved.created.length }));
        return saved;
      }
      const undo = async () => {
        try {
          const created = saved.created;
          const undone = await writeThrough(
            groupId,
            () => api.call('yearPlan.undoReplace', { groupId, createdIds: created.map((meeting) => meeting.id), replaced: saved.replaced }),
            (result) => [
              ...meetingsPatch(groupId, created.filter((meeting) => result.removedIds.includes(meeting.id)), true),
              ...meetingsPatch(groupId, result.restored),
            ],
          );
          notifySuccess(undone.keptIds.length === 0 ? t('plan.undone') : t('plan.undoneKept', { count: undone.keptIds.length }));
        } catch (error) {
          notifyFailure(tApp, error);
        }
      };
      showUndoNotification({
        id: `year-plan-replaced-${saved.replaced[0]?.id ?? ''}`,
        message: t('plan.replacedNotice', { created: saved.created.length, replaced: saved.replaced.length }),
        undoLabel: t('undo'),
        onUndo: () => void undo(),
      });
      return saved;
    },
    [api, groupId, t, tApp, writeThrough],
  );
}
