import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { durableWrite } from './durable-write';
import { observedFs, simulatedTime, systemError, tempFolder } from '../test-support/store';

describe('durableWrite', () => {
  it('fsyncs the temp file before the rename and the folder after it', async () => {
    const folder = await tempFolder();
    const target = path.join(folder, 'gruppe.json');
    const { fs, calls } = observedFs();
    const time = simulatedTime();
    await durableWrite(target, '{"a":1}', { fs, ...time, renameRetryWindowMs: 60_000 });

    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    const renameAt = calls.findIndex((call) => call.op === 'rename');
    const rename = calls[renameAt]!;
    expect(rename.to).toBe(target);
    expect(path.dirname(rename.path)).toBe(folder);
    expect(path.basename(rename.path)).toMatch(/^\.gruppe\.json\.[0-9a-f]+\.tmp$/);
    const fileSyncAt = calls.findIndex((call) => call.op === 'sync' && call.path === rename.path);
    const fileCloseAt = calls.findIndex((call) => call.op === 'close' && call.path === rename.path);
    const folderSyncAt = calls.findIndex((call) => call.op === 'sync' && call.path === folder);
    expect(fileSyncAt).toBeGreaterThanOrEqual(0);
    expect(fileSyncAt).toBeLessThan(fileCloseAt);
    expect(fileCloseAt).toBeLessThan(renameAt);
    expect(folderSyncAt).toBeGreaterThan(renameAt);
  });

  it('uses a new temp name for every write', async () => {
    const folder = await tempFolder();
    const { fs, calls } = observedFs();
    const context = { fs, ...simulatedTime(), renameRetryWindowMs: 1000 };
    const target = path.join(folder, 'a.json');
    await Promise.all([durableWrite(target, '1', context), durableWrite(target, '2', context)]);
    const temps = calls.filter((call) => call.op === 'rename').map((call) => call.path);
    expect(new Set(temps).size).toBe(2);
    expect(['1', '2']).toContain(await readFile(target, 'utf8'));
  });

  it('removes the temp file and keeps the old file when writing fails', async () => {
    const folder = await tempFolder();
    const target = path.join(folder, 'gruppe.json');
    await writeFile(target, 'old');
    const { fs, fail } = observedFs();
    fail('write', () => systemError('ENOSPC'));
    await expect(durableWrite(target, 'new', { fs, ...simulatedTime(), renameRetryWindowMs: 0 })).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['gruppe.json']);
  });

  it('skips the folder fsync where the OS refuses it (Windows)', async () => {
    const folder = await tempFolder();
    const { fs, fail } = observedFs();
    fail('open', (target) => (target === folder ? systemError('EISDIR') : undefined));
    await durableWrite(path.join(folder, 'x.json'), 'x', { fs, ...simulatedTime(), renameRetryWindowMs: 0 });
    expect(await readFile(path.join(folder, 'x.json'), 'utf8')).toBe('x');
  });

  it('retries a rename held with EBUSY for 10 s (simulated) and then succeeds', async () => {
    const folder = await tempFolder();
    const target = path.join(folder, 'gruppe.json');
    await writeFile(target, 'old');
    const { fs, fail } = observedFs();
    const time = simulatedTime();
    const lockedUntil = time.clock().getTime() + 10_000;
    let attempts = 0;
    fail('rename', () => {
      attempts += 1;
      return time.clock().getTime() < lockedUntil ? systemError('EBUSY') : undefined;
    });
    const retried: unknown[] = [];
    await durableWrite(target, 'new', { fs, ...time, renameRetryWindowMs: 60_000, onRenameRetry: (e) => retried.push(e) });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(attempts).toBeGreaterThan(5);
    // backoff: 50, 100, ... capped at 2 s, so ~10 s takes about a dozen attempts, not hundreds
    expect(attempts).toBeLessThan(20);
    expect(retried.length).toBe(attempts - 1);
    expect(await readdir(folder)).toEqual(['gruppe.json']);
  });

  it('gives up when the rename stays refused longer than the window, leaving the old file and no temp file', async () => {
    const folder = await tempFolder();
    const target = path.join(folder, 'gruppe.json');
    await writeFile(target, 'old');
    const { fs, fail } = observedFs();
    const time = simulatedTime();
    const started = time.clock().getTime();
    fail('rename', () => systemError('EPERM'));
    await expect(durableWrite(target, 'new', { fs, ...time, renameRetryWindowMs: 60_000 })).rejects.toMatchObject({
      code: 'EPERM',
    });
    expect(time.clock().getTime() - started).toBeGreaterThanOrEqual(60_000);
    expect(time.clock().getTime() - started).toBeLessThan(63_000);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['gruppe.json']);
  });

  it('does not retry errors that will not go away', async () => {
    const folder = await tempFolder();
    const { fs, fail } = observedFs();
    let attempts = 0;
    fail('rename', () => {
      attempts += 1;
      return systemError('EROFS');
    });
    await expect(
      durableWrite(path.join(folder, 'x.json'), 'x', { fs, ...simulatedTime(), renameRetryWindowMs: 60_000 }),
    ).rejects.toMatchObject({ code: 'EROFS' });
    expect(attempts).toBe(1);
  });
});
