import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHeadlessHost } from '../host/headless-host';
import { createAppServices } from './services';
import { callerFor, type Caller } from '../test-support/caller';
import { startTestServices, type TestServices } from '../test-support/test-services';
import type { AppEvent } from '../domain/views';

let test: TestServices | undefined;
afterEach(async () => {
  await test?.dispose();
  test = undefined;
});

const call: Caller = callerFor(() => test!);

describe('app services', () => {
  it('keeps a created group across a restart', async () => {
    test = await startTestServices();
    const group = await call('groups.create', { name: 'IT-drift Øst', language: 'da' });
    await test.restart();
    const groups = await call('groups.list', {});
    expect(groups.map((g) => g.id)).toEqual([group.id]);
    expect(groups[0]!.name).toBe('IT-drift Øst');
  });

  it('creates a demo group with a year of meetings', async () => {
    test = await startTestServices();
    const demo = await call('groups.createDemo', { language: 'en' });
    expect(demo.memberCount).toBeGreaterThan(10);
    expect(demo.nextMeetingDate).not.toBeNull();
    const dashboard = await call('groups.dashboard', { groupId: demo.id });
    expect(dashboard.upcomingMeetings).toHaveLength(4);
  });

  it('renames and archives, and hides archived groups unless asked', async () => {
    test = await startTestServices();
    const group = await call('groups.create', { name: 'Gammelt navn', language: 'da' });
    await call('groups.rename', { groupId: group.id, name: 'Nyt navn' });
    await call('groups.setArchived', { groupId: group.id, archived: true });
    expect(await call('groups.list', {})).toEqual([]);
    const all = await call('groups.list', { includeArchived: true });
    expect(all[0]).toMatchObject({ name: 'Nyt navn', archived: true });
  });

  it('remembers the chosen language in the user-data folder, not in the workspaces', async () => {
    test = await startTestServices();
    await call('settings.setLanguage', { language: 'en' });
    await test.restart();
    expect(await call('app.status', {})).toMatchObject({ language: 'en', systemLanguage: 'da' });
  });

  it('tells listeners when groups change', async () => {
    test = await startTestServices();
    const events: AppEvent[] = [];
    test.services.onEvent((event) => events.push(event));
    await call('groups.create', { name: 'Events', language: 'da' });
    expect(events.some((event) => event.type === 'groupsChanged')).toBe(true);
  });

  it('refuses a second process of the same installation (user-data folder) on the same workspaces folder', async () => {
    test = await startTestServices();
    await expect(
      createAppServices({ userDataDir: test.userDataDir, workspacesFolderOverride: test.workspacesDir, host: createHeadlessHost({}) }),
    ).rejects.toMatchObject({ code: 'workspaceLocked' });
  });

  it('answers calls made while the groups are still being read once they are read, and shuts down cleanly meanwhile', async () => {
    test = await startTestServices();
    const group = await call('groups.create', { name: 'Læses ved start', language: 'da' });
    const again = await test.restart();
    const listed = again.dispatch('groups.list', {});
    const dashboard = again.dispatch('groups.dashboard', { groupId: group.id });
    expect(await listed).toMatchObject({ ok: true, result: [{ id: group.id, name: 'Læses ved start' }] });
    expect(await dashboard).toMatchObject({ ok: true, result: { summary: { id: group.id } } });
    await expect(again.opened).resolves.toBeUndefined();
    // Shut down before its groups were read: the lock is released all the same, and the next start reads them.
    await test.restart();
    await test.restart();
    expect(await call('groups.list', {})).toMatchObject([{ id: group.id }]);
  });

  it('answers the groups list and a shown group before every group is read, and every command after', async () => {
    test = await startTestServices();
    const groups = [];
    for (const name of ['Alfa', 'Beta', 'Gamma']) groups.push(await call('groups.create', { name, language: 'da' }));
    const again = await test.restart();
    const settled: string[] = [];
    const track = <T>(name: string, promise: Promise<T>) => promise.then((value) => (settled.push(name), value));
    const opened = track('all groups read', again.opened);
    const listed = track('groups.list', again.dispatch('groups.list', {}));
    const shown = track('groups.dashboard', again.dispatch('groups.dashboard', { groupId: groups[2]!.id }));
    const renamed = track('groups.rename', again.dispatch('groups.rename', { groupId: groups[0]!.id, name: 'Alfa 2' }));
    const members = track('members.list', again.dispatch('members.list', { groupId: groups[2]!.id }));
    await Promise.all([opened, listed, shown, renamed, members]);
    expect(await listed).toMatchObject({ ok: true, result: groups.map(({ id }) => ({ id })) });
    expect(await shown).toMatchObject({ ok: true, result: { summary: { id: groups[2]!.id } } });
    expect(await renamed).toMatchObject({ ok: true });
    expect(await members).toMatchObject({ ok: true });
    // The list and the asked-for group's dashboard come from the store's glance at the files; a command and any other
    // call wait. The order holds without timing: both are answered once the files are glanced at, in microtasks, while
    // reading every group takes file I/O.
    const readAt = settled.indexOf('all groups read');
    expect(settled.indexOf('groups.list')).toBeLessThan(readAt);
    expect(settled.indexOf('groups.dashboard')).toBeLessThan(readAt);
    expect(settled.indexOf('groups.rename')).toBeGreaterThan(readAt);
    expect(settled.indexOf('members.list')).toBeGreaterThan(readAt);
  });

  it('lets a second device (its own user-data folder) open the same workspaces folder, and each sees the other', async () => {
    test = await startTestServices();
    const other = await createAppServices({
      userDataDir: path.join(path.dirname(test.userDataDir), 'user-data-2'),
      workspacesFolderOverride: test.workspacesDir,
      host: createHeadlessHost({}),
      deviceName: 'Mette',
    });
    try {
      const seen = await other.dispatch('presence.others', {});
      expect(seen).toMatchObject({ ok: true, result: [{ name: expect.any(String) }] });
      expect(await call('presence.others', {})).toMatchObject([{ name: 'Mette' }]);
    } finally {
      await other.shutdown();
    }
    expect(await call('presence.others', {})).toEqual([]);
  });

  it('keeps the name other devices see in the settings; an empty name means the computer\'s user name', async () => {
    test = await startTestServices();
    expect(await call('presence.name', {})).toEqual({ displayName: null });
    expect(await call('presence.setName', { displayName: '  Mette  ' })).toEqual({ displayName: 'Mette' });
    await test.restart();
    expect(await call('presence.name', {})).toEqual({ displayName: 'Mette' });
    expect(await call('presence.setName', { displayName: '' })).toEqual({ displayName: null });
  });

  it('finishes a call already accepted when shutdown starts, so a last autosave reaches the disk', async () => {
    test = await startTestServices();
    const group = await call('groups.create', { name: 'Før', language: 'da' });
    const lastSave = test.services.dispatch('groups.rename', { groupId: group.id, name: 'Efter' });
    const closing = test.services.shutdown();
    expect(await lastSave).toMatchObject({ ok: true });
    await closing;
    await test.restart();
    expect((await call('groups.list', {}))[0]!.name).toBe('Efter');
  });

  it('accepts no new work once shutdown has started', async () => {
    test = await startTestServices();
    const closing = test.services.shutdown();
    expect(await test.services.dispatch('groups.list', {})).toEqual({ ok: false, error: { code: 'shuttingDown' } });
    await closing;
  });
});
