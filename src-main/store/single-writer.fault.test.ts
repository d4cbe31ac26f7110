// One writer per folder (issue 6): while the first store writes, every second opener is refused and never writes,
// and every read of the group file meanwhile finds a whole, valid workspace (zero invalid reads).
// The same between two processes (the app and the web host) is in src-main/web-host.test.ts.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWorkspace } from './workspace-codec';
import { sampleWorkspace, tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

const WRITES = 60;

describe('two stores on one folder', () => {
  it('the second is refused every time while the first keeps writing, and the file is always valid', async () => {
    const folder = await tempFolder();
    const first = await openWorkspaceFolder({ folder, watch: false });
    const { fileName } = await first.create(sampleWorkspace());
    const filePath = path.join(folder, fileName);

    let writing = true;
    const writer = (async () => {
      for (let index = 0; index < WRITES; index += 1) {
        await first.update('grp-1', (draft) => {
          draft.members.push({ id: `m-w${index}`, name: `Medlem ${index}`, email: '', phone: '', employments: [], notes: '' });
        });
      }
      writing = false;
    })();

    const refusals: string[] = [];
    const reads: string[] = [];
    const seenMemberCounts = new Set<number>();
    while (writing) {
      const second = await openWorkspaceFolder({ folder, watch: false }).then(
        (store) => store,
        (error: { code?: string }) => error,
      );
      if ('close' in second) {
        await second.close();
        throw new Error('a second store opened a folder that was in use');
      }
      refusals.push(second.code ?? 'unknown');
      const decoded = decodeWorkspace(await readFile(filePath));
      reads.push(decoded.kind);
      if (decoded.kind === 'ok') seenMemberCounts.add(decoded.workspace.members.length);
    }
    await writer;

    expect(refusals.length).toBeGreaterThan(5);
    expect(new Set(refusals)).toEqual(new Set(['workspaceLocked']));
    expect(new Set(reads)).toEqual(new Set(['ok']));
    // The reads happened during the writes, not only before or after them.
    expect(seenMemberCounts.size).toBeGreaterThan(1);
    await first.close();

    // The refused openers left nothing behind: only the group file and the backups (lock and records live on the device).
    expect((await readdir(folder)).sort()).toEqual(['.backups', fileName]);
    const final = decodeWorkspace(await readFile(filePath));
    expect(final.kind === 'ok' && final.workspace.members.length).toBe(WRITES + 1);
  });
});
