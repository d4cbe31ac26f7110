import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyFacilitatorProfile, facilitatorProfileSchema } from '../domain/facilitator-profile';
import { openAppSettings } from './app-settings';
import { observedFs, systemError, tempFolder } from '../test-support/store';

describe('app settings', () => {
  it('starts from defaults and keeps updates durably across restarts', async () => {
    const folder = await tempFolder();
    const settings = await openAppSettings(folder);
    expect(settings.get()).toEqual({ language: null, workspacesFolder: null, displayName: null, colorScheme: 'auto', facilitatorProfile: null });
    await settings.update({ language: 'en' });
    expect(await settings.update({ workspacesFolder: '/data/netværk' })).toEqual({
      language: 'en',
      workspacesFolder: '/data/netværk',
      displayName: null,
      colorScheme: 'auto',
      facilitatorProfile: null,
    });
    const reopened = await openAppSettings(folder);
    expect(reopened.get()).toEqual({ language: 'en', workspacesFolder: '/data/netværk', displayName: null, colorScheme: 'auto', facilitatorProfile: null });
  });

  it('keeps the chosen colour scheme, follows the system for an older file, and refuses an unknown scheme', async () => {
    const folder = await tempFolder();
    await writeFile(path.join(folder, 'settings.json'), JSON.stringify({ language: 'da', workspacesFolder: null, displayName: null }));
    const settings = await openAppSettings(folder);
    expect(settings.get().colorScheme).toBe('auto');
    await settings.update({ colorScheme: 'dark' });
    expect((await openAppSettings(folder)).get().colorScheme).toBe('dark');
    await expect(settings.update({ colorScheme: 'sepia' as never })).rejects.toThrow();
    expect(settings.get().colorScheme).toBe('dark');
  });

  it('refuses an invalid patch and keeps the old settings', async () => {
    const settings = await openAppSettings(await tempFolder());
    await expect(settings.update({ language: 'sv' as 'da' })).rejects.toThrow();
    expect(settings.get().language).toBeNull();
  });

  it('moves an unreadable settings file aside and uses defaults, never overwriting it in place', async () => {
    const folder = await tempFolder();
    await writeFile(path.join(folder, 'settings.json'), '{"language": "da", ');
    const settings = await openAppSettings(folder);
    expect(settings.get()).toEqual({ language: null, workspacesFolder: null, displayName: null, colorScheme: 'auto', facilitatorProfile: null });
    const aside = (await readdir(folder)).find((name) => /^settings\.corrupt-.*\.json$/.test(name));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(folder, aside!), 'utf8')).toBe('{"language": "da", ');
  });

  it('serialises writes so the last update wins on disk, and a failed write is carried by the next', async () => {
    const folder = await tempFolder();
    const observed = observedFs();
    const settings = await openAppSettings(folder, { fs: observed.fs });
    observed.fail('write', () => systemError('ENOSPC'));
    await expect(settings.update({ workspacesFolder: '/a' })).rejects.toMatchObject({ code: 'ENOSPC' });
    observed.heal('write');
    const first = settings.update({ language: 'da' });
    const second = settings.update({ language: 'en' });
    await Promise.all([first, second]);
    expect(JSON.parse(await readFile(path.join(folder, 'settings.json'), 'utf8'))).toEqual({
      language: 'en',
      workspacesFolder: '/a',
      displayName: null,
      colorScheme: 'auto',
      facilitatorProfile: null,
    });
  });

  it('keeps the facilitator profile, cleaned, and refuses one with a line too long', async () => {
    const folder = await tempFolder();
    const settings = await openAppSettings(folder);
    const saved = await settings.update({ facilitatorProfile: facilitatorProfileSchema.parse({ name: ' Karen  Friis ', phone: '+45 1234' }) });
    expect(saved.facilitatorProfile).toMatchObject({ name: 'Karen Friis', phone: '+45 1234', signature: '' });
    expect((await openAppSettings(folder)).get().facilitatorProfile?.name).toBe('Karen Friis');
    await expect(settings.update({ facilitatorProfile: { ...emptyFacilitatorProfile(), title: 'x'.repeat(200) } })).rejects.toThrow();
    expect(settings.get().facilitatorProfile?.name).toBe('Karen Friis');
  });
});
