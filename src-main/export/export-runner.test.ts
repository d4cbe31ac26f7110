// The export worker: the same document as the inline build, and errors kept as the AppErrors the inline build throws.
import { build } from 'esbuild';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../test-support/temp-dirs';
import { docxParts } from './fixtures/docx-reader';
import { buildLetterheadTemplate } from './fixtures/letterhead-template';
import { sampleGroup, sampleMeetingMinutes, sampleMembers } from './fixtures/sample-minutes';
import { inlineExportRunner, workerExportRunner, type ExportRunner } from './export-runner';
import type { MinutesExportInput } from './minutes-docx';

const input: MinutesExportInput = { group: sampleGroup, members: sampleMembers, version: 'members', meetings: [sampleMeetingMinutes] };

let dir: string;
let runner: ExportRunner;

beforeAll(async () => {
  dir = await makeTempDir('export-worker');
  const workerFile = path.join(dir, 'export-worker.mjs');
  // The app bundles the worker with electron-vite; the test bundles the same entry with esbuild.
  await build({
    entryPoints: [path.join(import.meta.dirname, 'export-worker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  runner = workerExportRunner(workerFile);
}, 60_000);

afterAll(async () => {
  await runner.close();
  await removeDir(dir);
});

describe('the export worker', () => {
  it('builds the same minutes document as the inline build', async () => {
    const [inWorker, inline] = await Promise.all([runner.run('minutesDocx', input), inlineExportRunner().run('minutesDocx', input)]);
    // Hyperlink relationship ids are random per build; everything else must match.
    const body = (bytes: Uint8Array) => docxParts(bytes)['word/document.xml']!.replace(/r:id="[^"]*"/g, '');
    expect(body(inWorker)).toBe(body(inline));
  });

  it('hands a refused template back as the same AppError the inline build throws', async () => {
    const template = await buildLetterheadTemplate({ withBody: false });
    await expect(runner.run('minutesOnLetterhead', { template, input })).rejects.toMatchObject({
      name: 'AppError',
      code: 'validation',
      params: { field: 'letterhead', reason: 'missingBodyPlaceholder' },
    });
  });

  it('serves jobs one after another on the same worker', async () => {
    const results = await Promise.all([1, 2, 3].map(() => runner.run('minutesDocx', input)));
    for (const bytes of results) expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  });
});
