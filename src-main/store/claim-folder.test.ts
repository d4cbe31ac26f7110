// Claiming a folder (made, locked) comes before reading its groups, so a host can show its window while they are read.
import { describe, expect, it } from 'vitest';
import { nodeFsPort } from './fs-port';
import { sampleWorkspace, systemError, tempFolder } from '../test-support/store';
import { claimWorkspaceFolder, openWorkspaceFolder } from './workspace-folder';

describe('claiming a workspaces folder', () => {
  it('refuses a folder another store holds at the claim, before any group is read', async () => {
    const folder = await tempFolder();
    const first = await claimWorkspaceFolder({ folder, watch: false });
    await expect(claimWorkspaceFolder({ folder, watch: false })).rejects.toMatchObject({ code: 'workspaceLocked' });
    const store = await first.opened;
    expect(store.listGroups()).toEqual([]);
    await store.close();
  });

  it('reads the groups after the claim returned, and gives the store once they are all open', async () => {
    const folder = await tempFolder();
    const writer = await openWorkspaceFolder({ folder, watch: false });
    await writer.create(sampleWorkspace());
    await writer.close();

    let listings = 0;
    const claimed = await claimWorkspaceFolder({
      folder,
      watch: false,
      fs: { ...nodeFsPort, readdir: async (target) => ((listings += target === folder ? 1 : 0), nodeFsPort.readdir(target)) },
    });
    expect(claimed.folder).toBe(folder);
    expect(listings).toBe(0);
    const store = await claimed.opened;
    expect(store.listGroups().map((group) => group.name)).toEqual([sampleWorkspace().group.name]);
    await store.close();
  });

  it('fails a folder whose groups cannot be listed with a clear error, and lets go of it', async () => {
    const folder = await tempFolder();
    const claimed = await claimWorkspaceFolder({
      folder,
      watch: false,
      fs: { ...nodeFsPort, readdir: async (target) => (target === folder ? Promise.reject(systemError('EIO')) : nodeFsPort.readdir(target)) },
    });
    await expect(claimed.opened).rejects.toMatchObject({ code: 'folderNotUsable', params: { reason: 'EIO' } });
    const again = await openWorkspaceFolder({ folder, watch: false });
    await again.close();
  });
});
