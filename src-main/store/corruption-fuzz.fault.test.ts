// Corruption fuzz (issue 6) over a realistic workspace with every collection: random truncation and zero-filled ranges
// are always detected and quarantined with the bytes kept; random bit flips are detected or, where a flip happens to
// leave valid data, opened exactly as they are; a future schema version is refused and left untouched. Never reset.
// The hand-picked cases (empty, all zeros, not JSON, invalid data) are in quarantine.test.ts.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate-workspace';
import { CURRENT_SCHEMA_VERSION } from '../domain/model';
import { encodeWorkspace } from './workspace-codec';
import { tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

const FILE_NAME = 'netværk-fuzz.json';
const workspace = generateWorkspace(42, { years: 1, members: 12, speakers: 20, invitations: 12, actions: 12 }, 'Netværk fuzz');
const original = Buffer.from(encodeWorkspace(workspace));
const RUNS = 100;

interface Opened {
  problems: ReturnType<Awaited<ReturnType<typeof openWorkspaceFolder>>['problems']>;
  groupIds: string[];
  /** What is at the file's own name after opening, or null if it was moved away. */
  fileAfter: Buffer | null;
  keptBytes: Buffer | null;
}

async function openOn(bytes: Uint8Array): Promise<Opened> {
  const folder = await tempFolder();
  await writeFile(path.join(folder, FILE_NAME), bytes);
  const store = await openWorkspaceFolder({ folder, watch: false });
  try {
    const problems = store.problems();
    const keptAt = problems[0]?.keptAt;
    return {
      problems,
      groupIds: store.listGroups().map((group) => group.id),
      fileAfter: (await readdir(folder)).includes(FILE_NAME) ? await readFile(path.join(folder, FILE_NAME)) : null,
      keptBytes: keptAt ? await readFile(keptAt) : null,
    };
  } finally {
    await store.close();
  }
}

/** Quarantined: reported as corrupt, the exact bytes kept aside, nothing opened and nothing invented in its place. */
function expectQuarantined(opened: Opened, bytes: Uint8Array) {
  expect(opened.problems).toHaveLength(1);
  expect(opened.problems[0]!.kind).toBe('corrupt');
  expect(opened.keptBytes?.equals(Buffer.from(bytes))).toBe(true);
  expect(opened.groupIds).toEqual([]);
  expect(opened.fileAfter).toBeNull();
}

const isWhitespace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

describe('corruption fuzz', () => {
  it('every truncation that removes content is detected and quarantined byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: original.length - 1 }), async (cut) => {
        const truncated = original.subarray(0, cut);
        fc.pre(!original.subarray(cut).every(isWhitespace)); // dropping only the final newline leaves the same data
        expectQuarantined(await openOn(truncated), truncated);
      }),
      { numRuns: RUNS },
    );
  });

  it('every zero-filled range (a power cut before the data reached the disk) is detected and quarantined', async () => {
    const range = fc
      .integer({ min: 0, max: original.length - 1 })
      .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: 1, max: Math.min(8192, original.length - start) })));
    await fc.assert(
      fc.asyncProperty(range, async ([start, length]) => {
        const damaged = Buffer.from(original);
        damaged.fill(0, start, start + length);
        const opened = await openOn(damaged);
        expectQuarantined(opened, damaged);
        expect(opened.problems[0]!.reason).toMatch(/^(zeroFilled|notJson)$/);
      }),
      { numRuns: RUNS },
    );
  });

  it('random bit flips are quarantined byte for byte, or (still valid data) opened as they are, never rewritten', async () => {
    const flips = fc.array(fc.tuple(fc.integer({ min: 0, max: original.length - 1 }), fc.integer({ min: 0, max: 7 })), {
      minLength: 1,
      maxLength: 8,
    });
    let detected = 0;
    await fc.assert(
      fc.asyncProperty(flips, async (positions) => {
        const flipped = Buffer.from(original);
        for (const [at, bit] of positions) flipped[at] = flipped[at]! ^ (1 << bit);
        fc.pre(!flipped.equals(original)); // two flips of one bit cancel out
        const opened = await openOn(flipped);
        if (opened.problems.length > 0) {
          detected += 1;
          expect(opened.problems[0]!.kind).toMatch(/^(corrupt|newerVersion)$/);
          const kept = opened.problems[0]!.kind === 'corrupt' ? opened.keptBytes : opened.fileAfter;
          expect(kept?.equals(flipped)).toBe(true);
          expect(opened.groupIds).toEqual([]);
        } else {
          // A flip inside a text (a letter in a name) is valid data: without a checksum no reader can tell.
          expect(opened.groupIds).toHaveLength(1);
          expect(opened.fileAfter?.equals(flipped)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    // Most flips land in structure, numbers, ids or dates and are caught; this guards against a decoder that accepts all.
    expect(detected).toBeGreaterThan(RUNS / 4);
  });

  it('a file from any future schema version is refused, left untouched, and its name is not taken', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: CURRENT_SCHEMA_VERSION + 1, max: 1_000_000 }), fc.boolean(), async (version, reshaped) => {
        // A future version may also have changed the shape of the data; it must be refused either way.
        const future = reshaped ? { schemaVersion: version, groups: [workspace.group], members: 'elsewhere' } : { ...workspace, schemaVersion: version };
        const bytes = Buffer.from(JSON.stringify(future));
        const folder = await tempFolder();
        await writeFile(path.join(folder, FILE_NAME), bytes);
        const store = await openWorkspaceFolder({ folder, watch: false });
        try {
          expect(store.problems()).toMatchObject([{ kind: 'newerVersion', fileName: FILE_NAME }]);
          expect(store.listGroups()).toEqual([]);
          const created = await store.create({ ...workspace, group: { ...workspace.group, id: 'grp-new' } });
          expect(created.fileName).not.toBe(FILE_NAME);
        } finally {
          await store.close();
        }
        expect((await readFile(path.join(folder, FILE_NAME))).equals(bytes)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
