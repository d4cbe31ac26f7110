// Groups: create (empty or demo), rename, archive, and the dashboard of one.
import { createDemoWorkspace } from '../../domain/demo';
import { buildDashboard, localIsoDate } from '../../domain/summaries';
import { AppError } from '../../domain/errors';
import { CURRENT_SCHEMA_VERSION, emptyWorkspaceCollections, type GroupSummary, type Language, type Workspace } from '../../domain/model';
import type { HandlersFor } from '../handlers-type';
import type { groupOperations } from '../operations/groups';
import type { HandlerContext } from './context';

export function summaryOf(context: HandlerContext, groupId: string): GroupSummary {
  const summary = context.store().listGroups().find((group) => group.id === groupId);
  if (!summary) throw new AppError('groupNotFound', { groupId });
  return summary;
}

function emptyWorkspace(context: HandlerContext, name: string, language: Language): Workspace {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    group: { id: context.newId(), name, language, archived: false, createdAt: context.now().toISOString(), description: '' },
    ...emptyWorkspaceCollections(),
  };
}

export function groupHandlers(context: HandlerContext): HandlersFor<typeof groupOperations> {
  return {
    'groups.list': async ({ includeArchived }) =>
      context.store().listGroups().filter((group) => includeArchived || !group.archived),
    'groups.create': async ({ name, language }) => context.store().create(emptyWorkspace(context, name, language)),
    'groups.createDemo': async ({ language }) => {
      const now = context.now();
      return context.store().create(createDemoWorkspace({ language, now, today: localIsoDate(now), newId: context.newId }));
    },
    'groups.rename': async ({ groupId, name }) => {
      await context.store().update(groupId, (draft) => {
        draft.group.name = name;
      });
      return summaryOf(context, groupId);
    },
    'groups.setArchived': async ({ groupId, archived }) => {
      await context.store().update(groupId, (draft) => {
        draft.group.archived = archived;
      });
      return summaryOf(context, groupId);
    },
    'groups.dashboard': async ({ groupId }) => {
      // While the groups are read, a group not yet open is shown from the glance that listed it.
      const dashboard = buildDashboard(context.store().groupAndMeetings(groupId), summaryOf(context, groupId), localIsoDate(context.now()));
      // The dashboard is what a group shows first: its first edit is likely to follow.
      context.store().prepareForEdits(groupId);
      return dashboard;
    },
  };
}
