// Two devices on one shared folder: both work at once, each sees the other, and another device's presence never
// blocks. Presence without a heartbeat ages out; a file silent for a day is removed.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESENCE_DIR_NAME } from './presence';
import { sampleWorkspace, tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

async function twoDevices() {
  const root = await tempFolder();
  const folder = path.join(root, 'delt');
  const device = (name: string) => ({ userDataDir: path.join(root, `user-data-${name}`), name });
  return { folder, mette: device('Mette'), jonas: device('Jonas') };
}

/** A presence file as another device would write it. */
async function writePresence(folder: string, deviceId: string, heartbeatAt: Date, name = 'Gammel bærbar') {
  await mkdir(path.join(folder, PRESENCE_DIR_NAME), { recursive: true });
  const record = { version: 1, deviceId, name, since: new Date(heartbeatAt.getTime() - 3_600_000).toISOString(), heartbeatAt: heartbeatAt.toISOString() };
  await writeFile(path.join(folder, PRESENCE_DIR_NAME, `${deviceId}.json`), JSON.stringify(record));
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('presence of other devices', () => {
  it('two devices open one folder at once, both write, and each sees the other until it closes', async () => {
    const { folder, mette, jonas } = await twoDevices();
    const first = await openWorkspaceFolder({ folder, watch: false, device: mette });
    const second = await openWorkspaceFolder({ folder, watch: false, device: jonas });
    await first.create(sampleWorkspace('grp-1', 'Øst'));
    await second.create(sampleWorkspace('grp-2', 'Vest'));

    expect(await first.otherDevices()).toMatchObject([{ name: 'Jonas' }]);
    expect(await second.otherDevices()).toMatchObject([{ name: 'Mette' }]);
    const [seen] = await first.otherDevices();
    expect(Date.parse(seen!.since)).toBeLessThanOrEqual(Date.now());

    await second.close();
    expect(await first.otherDevices()).toEqual([]);
    await first.close();
    expect(await readdir(path.join(folder, PRESENCE_DIR_NAME))).toEqual([]);
  });

  it('renews its own heartbeat while open', async () => {
    const { folder, mette } = await twoDevices();
    const store = await openWorkspaceFolder({ folder, watch: false, device: mette, heartbeatIntervalMs: 20 });
    const [own] = await readdir(path.join(folder, PRESENCE_DIR_NAME));
    const read = async () => JSON.parse(await readFile(path.join(folder, PRESENCE_DIR_NAME, own!), 'utf8')) as { heartbeatAt: string; name: string };
    const before = await read();
    await expect.poll(async () => Date.parse((await read()).heartbeatAt), { timeout: 5_000 }).toBeGreaterThan(Date.parse(before.heartbeatAt));
    expect(before.name).toBe('Mette');
    await store.close();
  });

  it('shows a name changed while open to the others with the next heartbeat', async () => {
    const { folder, mette, jonas } = await twoDevices();
    const renamed = { userDataDir: mette.userDataDir, name: 'mette.jensen' };
    const first = await openWorkspaceFolder({ folder, watch: false, device: renamed, heartbeatIntervalMs: 20 });
    const second = await openWorkspaceFolder({ folder, watch: false, device: jonas });
    expect(await second.otherDevices()).toMatchObject([{ name: 'mette.jensen' }]);
    renamed.name = 'Mette';
    await expect.poll(async () => (await second.otherDevices())[0]?.name, { timeout: 5_000 }).toBe('Mette');
    await first.close();
    await second.close();
  });

  it('ignores stale presence from another device, never blocks on it, and removes it once a day old', async () => {
    const { folder, mette } = await twoDevices();
    await writePresence(folder, 'aaaaaaaaaaaaaaaa', minutesAgo(5));
    await writePresence(folder, 'bbbbbbbbbbbbbbbb', minutesAgo(2 * 24 * 60));
    await writeFile(path.join(folder, PRESENCE_DIR_NAME, 'cccccccccccccccc.json'), '{"version": 1, "devi');
    await writeFile(path.join(folder, PRESENCE_DIR_NAME, 'notes.txt'), 'not a presence file');

    const store = await openWorkspaceFolder({ folder, watch: false, device: mette });
    await store.create(sampleWorkspace());
    expect(await store.otherDevices()).toEqual([]);
    const left = await readdir(path.join(folder, PRESENCE_DIR_NAME));
    expect(left).toContain('aaaaaaaaaaaaaaaa.json');
    expect(left).not.toContain('bbbbbbbbbbbbbbbb.json');
    await store.close();
  });

  it('shows a device whose clock is off once its heartbeat is seen to change', async () => {
    const { folder, mette } = await twoDevices();
    const store = await openWorkspaceFolder({ folder, watch: false, device: mette });
    // Its clock is ten minutes behind ours: by the stamp alone it looks gone.
    await writePresence(folder, 'dddddddddddddddd', minutesAgo(10), 'Skæv klokke');
    expect(await store.otherDevices()).toEqual([]);
    await writePresence(folder, 'dddddddddddddddd', minutesAgo(9.5), 'Skæv klokke');
    expect(await store.otherDevices()).toMatchObject([{ name: 'Skæv klokke' }]);
    await store.close();
  });

  it('writes no presence for a store opened without a device', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(await readdir(folder)).toEqual([]);
    await store.close();
  });
});
