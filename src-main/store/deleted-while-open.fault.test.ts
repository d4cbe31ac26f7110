// A group file deleted by another program while the store has it open (a sync client, a clean-up tool, a user in the
// file manager): the group is still in memory, so it must reach the disk again rather than vanish at the next start.
import { readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventLog, sampleWorkspace, tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

describe('a workspace file deleted while open', () => {
  it('is written again without any further edit, so the group survives a restart', async () => {
    const folder = await tempFolder();
    const log = eventLog();
    const store = await openWorkspaceFolder({ folder, onEvent: log.onEvent, watchDebounceMs: 20 });
    const { fileName } = await store.create(sampleWorkspace());
    const rewritten = log.next((event) => event.type === 'saveState' && event.state.kind === 'saved');
    await unlink(path.join(folder, fileName));
    await rewritten; // the watcher noticed, and the store wrote the group back without being asked
    await store.close();

    expect(await readdir(folder)).toContain(fileName);
    const reopened = await openWorkspaceFolder({ folder, watch: false });
    expect(reopened.listGroups().map((group) => group.id)).toEqual(['grp-1']);
    await reopened.close();
  });
});
