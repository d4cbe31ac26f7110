// Issue 6: no synchronous file access in the main process after start-up — a slow or network disk must never freeze
// the app. Checked over the source, since a blocking call is easy to add and hard to notice.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC_MAIN = path.resolve(import.meta.dirname, '..');
const SYNC_FS_CALL = /\b(?:readFileSync|writeFileSync|appendFileSync|existsSync|statSync|lstatSync|readdirSync|mkdirSync|openSync|fsyncSync|renameSync|unlinkSync|rmSync|copyFileSync|accessSync|realpathSync|linkSync|symlinkSync)\b/;

function productionSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'test-support' ? [] : productionSources(full);
    const isTestCode = /\.test\.tsx?$/.test(entry.name) || /test-support|test-services|crash-writer-child/.test(entry.name);
    return entry.name.endsWith('.ts') && !isTestCode ? [full] : [];
  });
}

describe('main-process code', () => {
  it('uses no synchronous file-system call', () => {
    const sources = productionSources(SRC_MAIN);
    expect(sources).toContain(path.join(SRC_MAIN, 'store', 'workspace-folder.ts'));
    const offenders = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (SYNC_FS_CALL.test(line) ? [`${path.relative(SRC_MAIN, file)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
