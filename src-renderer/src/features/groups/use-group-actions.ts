// What the facilitator can do to a group: create, rename, archive with undo, bring back from the archive.
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { createElement, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary, Language } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { ArchivedNotice } from './archived-notice';

export interface GroupActions {
  /** Throws the ApiCallError so the form can show field messages. */
  create(name: string, language: Language): Promise<GroupSummary>;
  createDemo(language: Language): Promise<GroupSummary | null>;
  rename(groupId: string, name: string): Promise<GroupSummary>;
  archive(group: GroupSummary): void;
  unarchive(group: GroupSummary): Promise<void>;
}

export function useGroupActions(onSelect: (groupId: string | null) => void): GroupActions {
  const api = useApi();
  const { t } = useTranslation();

  const unarchive = useCallback(
    async (group: GroupSummary) => {
      try {
        const restored = await api.call('groups.setArchived', { groupId: group.id, archived: false });
        onSelect(restored.id);
        notifySuccess(t('groups.unarchived', { name: restored.name }));
      } catch (error) {
        notifyFailure(t, error);
      }
    },
    [api, onSelect, t],
  );

  const archiveConfirmed = useCallback(
    async (group: GroupSummary) => {
      try {
        const archived = await api.call('groups.setArchived', { groupId: group.id, archived: true });
        onSelect(null);
        const noticeId = `archived-${archived.id}`;
        const undo = () => {
          notifications.hide(noticeId);
          void unarchive(archived);
        };
        notifications.show({
          id: noticeId,
          color: 'teal',
          autoClose: 10_000,
          message: createElement(ArchivedNotice, { groupName: archived.name, onUndo: undo }),
        });
      } catch (error) {
        notifyFailure(t, error);
      }
    },
    [api, onSelect, t, unarchive],
  );

  return useMemo<GroupActions>(
    () => ({
      async create(name, language) {
        const created = await api.call('groups.create', { name, language });
        onSelect(created.id);
        notifySuccess(t('groups.created', { name: created.name }));
        return created;
      },
      async createDemo(language) {
        try {
          const demo = await api.call('groups.createDemo', { language });
          onSelect(demo.id);
          notifySuccess(t('welcome.demoCreated', { name: demo.name }));
          return demo;
        } catch (error) {
          notifyFailure(t, error);
          return null;
        }
      },
      async rename(groupId, name) {
        const renamed = await api.call('groups.rename', { groupId, name });
        notifySuccess(t('groups.renamed', { name: renamed.name }));
        return renamed;
      },
      archive(group) {
        modals.openConfirmModal({
          title: t('groups.archiveConfirmTitle', { name: group.name }),
          children: t('groups.archiveConfirmBody'),
          labels: { confirm: t('groups.archive'), cancel: t('app.cancel') },
          confirmProps: { color: 'orange' },
          onConfirm: () => void archiveConfirmed(group),
        });
      },
      unarchive,
    }),
    [api, archiveConfirmed, onSelect, t, unarchive],
  );
}
