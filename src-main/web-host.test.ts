// The web host entry as a real process: the ready line, a graceful stop on SIGTERM (also right after the ready line),
// exit code 3 when the same installation already has the folder open, and two devices on one folder.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderStatePaths } from './store/folder-state';

const entry = path.join(import.meta.dirname, 'web-host.ts');
const children = new Set<ReturnType<typeof spawn>>();

function launch(folders: { workspaces: string; userData: string }) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, NETVAERK_WORKSPACES_DIR: folders.workspaces, NETVAERK_USER_DATA_DIR: folders.userData, NETVAERK_SYSTEM_LANGUAGE: 'da' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const readyLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('NETVAERK_WEB_HOST_READY ')) resolve(line);
    });
    void exited.then(() => reject(new Error('exited before ready')));
  });
  readyLine.catch(() => undefined);
  return { child, exited, readyLine, stderr: () => stderr };
}

describe('web host entry', () => {
  let parent: string;
  let folders: { workspaces: string; userData: string };

  beforeAll(async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), 'netvaerk-web-host-entry-'));
    folders = { workspaces: path.join(parent, 'workspaces'), userData: path.join(parent, 'user-data') };
  });
  afterAll(async () => {
    // A failed assertion must not leave a web host running.
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await rm(parent, { recursive: true, force: true });
  });

  it('prints a machine-readable ready line, refuses a second host on the folder with exit 3, and stops cleanly', async () => {
    const first = launch(folders);
    const line = await first.readyLine;
    const { url } = JSON.parse(line.slice('NETVAERK_WEB_HOST_READY '.length)) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);

    const second = launch(folders);
    expect(await second.exited).toBe(3);
    expect(second.stderr()).toContain('Arbejdsmappen er allerede i brug');
    expect(second.stderr()).not.toMatch(/\bat .+:\d+:\d+\)/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });

  it('a SIGTERM right after the ready line still shuts down cleanly and releases the lock', { timeout: 90_000 }, async () => {
    const lockPath = (await folderStatePaths(folders.userData, folders.workspaces)).lock;
    for (let round = 0; round < 3; round += 1) {
      const host = launch(folders);
      await host.readyLine;
      host.child.kill('SIGTERM');
      expect(await host.exited).toBe(0);
      await expect(readFile(lockPath)).rejects.toMatchObject({ code: 'ENOENT' });
    }
  });

  it('lets two devices (two user-data folders) serve one workspaces folder at the same time', { timeout: 60_000 }, async () => {
    const first = launch(folders);
    const second = launch({ ...folders, userData: path.join(parent, 'user-data-2') });
    await Promise.all([first.readyLine, second.readyLine]);
    first.child.kill('SIGTERM');
    second.child.kill('SIGTERM');
    expect(await Promise.all([first.exited, second.exited])).toEqual([0, 0]);
  });
});
