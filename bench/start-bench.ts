// Main-process start over the 10-group folder: the real services (settings, store, handlers) as the web host boots them.
import path from 'node:path';
import { createAppServices } from '../src-main/app/services';
import type { Workspace } from '../src-main/domain/model';
import { createHeadlessHost } from '../src-main/host/headless-host';
import type { BenchFolders } from './bench-folders';
import { maxEventLoopBlock, timeOnce } from './measure';

export interface StartFigures {
  groups: number;
  /**
   * The first start on this device: no record of the files yet, so each is validated in full (and its open snapshot
   * written); later starts take the files the record knows as they are.
   */
  firstStartMs: number;
  secondStartMs: number;
  maxEventLoopBlockMs: number;
  listGroupsMs: number;
  /** The main-process side of opening a group: the dashboard query over the API, as the renderer calls it. */
  dashboardMs: number;
}

export async function benchStart(folders: BenchFolders, workspaces: readonly Workspace[]): Promise<StartFigures> {
  const workspacesFolder = await folders.withWorkspaces('start', workspaces);
  const userDataDir = path.join(await folders.make('user-data'), 'data');
  // Until every group is open: the services answer once the folder is locked, and their calls wait for the groups.
  const start = async () => {
    const services = await createAppServices({ userDataDir, workspacesFolderOverride: workspacesFolder, host: createHeadlessHost({}) });
    await services.opened;
    return services;
  };

  let first: Awaited<ReturnType<typeof start>> | undefined;
  const firstStartMs = await timeOnce(async () => {
    first = await start();
  });
  await first?.shutdown();

  let second: Awaited<ReturnType<typeof start>> | undefined;
  let secondStartMs = 0;
  const maxBlock = await maxEventLoopBlock(async () => {
    secondStartMs = await timeOnce(async () => {
      second = await start();
    });
  });
  const listGroupsMs = await timeOnce(() => second?.dispatch('groups.list', {}));
  const dashboardMs = await timeOnce(() => second?.dispatch('groups.dashboard', { groupId: workspaces[0]!.group.id }));
  await second?.shutdown();
  return { groups: workspaces.length, firstStartMs, secondStartMs, maxEventLoopBlockMs: maxBlock, listGroupsMs, dashboardMs };
}
