// Two app instances (two user-data folders, two device ids), each with its own folder, joined by a sync client that
// copies whole files (sometimes late, sometimes an older one, sometimes as a conflict copy). Random edits on both;
// at the end both hold the same group, nothing added is missing, and no conflict copy is left in either folder.
// The exhaustive version of this proof runs the same merge steps in memory: merge/sync-harness.test.ts.
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syncCopyName, type SyncClient } from './merge/sync-droppings';
import { sampleWorkspace, tempFolder } from '../test-support/store';
import type { WorkspaceStore } from './types';
import { openWorkspaceFolder } from './workspace-folder';

const FILE = 'it-chefer-øst.json';

type Op =
  | { kind: 'add' | 'describe' | 'note'; on: 0 | 1 }
  | { kind: 'copy'; from: 0 | 1; as: 'replace' | 'older' | SyncClient };

const ops: fc.Arbitrary<Op[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constantFrom('add', 'describe', 'note'), on: fc.constantFrom(0, 1) }) as fc.Arbitrary<Op>,
    fc.record({ kind: fc.constant('copy'), from: fc.constantFrom(0, 1), as: fc.constantFrom('replace', 'replace', 'older', 'dropbox', 'onedrive', 'syncthing') }) as fc.Arbitrary<Op>,
  ),
  { minLength: 4, maxLength: 10 },
);

class Instance {
  store!: WorkspaceStore;
  readonly versions: Buffer[] = [];
  constructor(
    readonly folder: string,
    readonly device: { userDataDir: string; name: string },
  ) {}
  async open(): Promise<void> {
    this.store = await openWorkspaceFolder({ folder: this.folder, device: this.device, watch: false, heartbeatIntervalMs: 60_000 });
  }
  /** An empty update: the store's check before writing finds a changed file and merges it. */
  async takeIn(): Promise<void> {
    await this.store.update('grp-1', () => undefined);
  }
  async file(): Promise<Buffer> {
    return readFile(path.join(this.folder, FILE));
  }
}

describe('two app instances joined by a sync client', () => {
  it('end with the same group, lose no added member, and leave no conflict copy', { timeout: 120_000 }, async () => {
    let sequence = 0;
    await fc.assert(
      fc.asyncProperty(ops, async (plan) => {
        const root = await tempFolder();
        const instances = [0, 1].map((index) => new Instance(path.join(root, `folder-${index}`), { userDataDir: path.join(root, `user-data-${index}`), name: index === 0 ? 'Mette' : 'Lars' }));
        const [a, b] = instances as [Instance, Instance];
        await a.open();
        await a.store.create(sampleWorkspace());
        await b.open();
        await writeFile(path.join(b.folder, FILE), await a.file());
        await b.store.close();
        await b.open();
        const added: string[] = [];
        try {
          for (const op of plan) {
            sequence += 1;
            if (op.kind !== 'copy') {
              const on = instances[op.on]!;
              const value = `v${sequence}`;
              await on.store.update('grp-1', (draft) => {
                if (op.kind === 'add') draft.members.push({ id: `m-${value}`, name: value, email: '', phone: '', employments: [], notes: '' });
                else if (op.kind === 'describe') draft.group.description = value;
                else draft.members[0]!.notes = value;
              });
              if (op.kind === 'add') added.push(`m-${value}`);
              on.versions.push(await on.file());
              continue;
            }
            const from = instances[op.from]!;
            const to = instances[1 - op.from]!;
            const bytes = op.as === 'older' ? (from.versions[0] ?? (await from.file())) : await from.file();
            if (op.as === 'replace' || op.as === 'older') {
              await writeFile(path.join(to.folder, '.incoming'), bytes);
              await rename(path.join(to.folder, '.incoming'), path.join(to.folder, FILE));
              await to.takeIn();
            } else {
              // A conflict copy is found by the folder scan; this one runs at the next start.
              await writeFile(path.join(to.folder, syncCopyName(op.as, FILE, from.device.name, new Date())), bytes);
              await to.store.close();
              await to.open();
            }
          }
          // The sync client catches up: the latest of each copied to the other, until both files agree.
          for (let round = 0; round < 3; round += 1) {
            for (const [from, to] of [[a, b], [b, a]] as const) {
              await writeFile(path.join(to.folder, '.incoming'), await from.file());
              await rename(path.join(to.folder, '.incoming'), path.join(to.folder, FILE));
              await to.takeIn();
            }
          }
          expect((await a.file()).equals(await b.file())).toBe(true);
          expect(a.store.get('grp-1')).toEqual(b.store.get('grp-1'));
          expect(a.store.conflicts('grp-1')).toEqual(b.store.conflicts('grp-1'));
          const ids = a.store.get('grp-1').members.map((member) => member.id);
          for (const id of added) expect(ids).toContain(id);
          for (const instance of instances) {
            expect(instance.store.problems()).toEqual([]);
            expect((await readdir(instance.folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'))).toEqual([FILE]);
          }
        } finally {
          await Promise.all(instances.map((instance) => instance.store.close()));
        }
      }),
      { numRuns: 6 },
    );
  });
});
