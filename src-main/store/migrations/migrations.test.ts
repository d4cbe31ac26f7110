import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, peopleSettingsOf, workspaceSchema } from '../../domain/model';
import { sampleWorkspace, tempFolder } from '../../test-support/store';
import { openWorkspaceFolder } from '../workspace-folder';
import { migrateToCurrent } from './index';
import { migrateV1ToV2 } from './v1-to-v2';
import { migrateV2ToV3 } from './v2-to-v3';
import { migrateV3ToV4 } from './v3-to-v4';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = path.join(fixtures, 'v1-workspace.json');
const fixtureV2 = path.join(fixtures, 'v2-workspace.json');

describe('migrations', () => {
  it('v1 → v2 adds language, archived and description to the group and nothing else', async () => {
    const v1 = JSON.parse(await readFile(fixture, 'utf8'));
    const v2 = migrateV1ToV2(v1);
    expect(v2.schemaVersion).toBe(2);
    expect(v2.group).toEqual({ ...v1.group, language: 'da', archived: false, description: '' });
    expect(v2.members).toEqual(v1.members);
  });

  it('v2 → v3 gives every meeting an empty agenda and the group empty pipeline, action and theme lists', async () => {
    const v2 = JSON.parse(await readFile(fixtureV2, 'utf8'));
    const v3 = migrateV2ToV3(v2);
    expect(v3).toMatchObject({ schemaVersion: 3, invitations: [], agendaTemplates: [], actions: [], themes: [] });
    expect((v3.meetings as { agenda: unknown[] }[]).every((meeting) => meeting.agenda.length === 0)).toBe(true);
    expect(v3.group).toEqual(v2.group);
    const parsed = workspaceSchema.parse(migrateV3ToV4(v3));
    expect(parsed.group.language).toBe('en');
    expect(peopleSettingsOf(parsed.group).followUpAfterDays).toBe(7);
    expect(parsed.meetings).toHaveLength(v2.meetings.length);
  });

  it('v3 → v4 adds an empty sync section and changes nothing else', async () => {
    const v3 = migrateV2ToV3(JSON.parse(await readFile(fixtureV2, 'utf8')));
    const v4 = migrateV3ToV4(v3);
    expect(v4.schemaVersion).toBe(4);
    expect(v4.sync).toEqual({ seen: {}, devices: {}, stamps: {}, deleted: {}, conflicts: [] });
    const { sync: _sync, ...rest } = v4;
    expect({ ...rest, schemaVersion: 3 }).toEqual(v3);
  });

  it('the chain brings the v1 sample to the current version, and the schema accepts it', async () => {
    const migrated = migrateToCurrent(JSON.parse(await readFile(fixture, 'utf8')));
    expect(migrated.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const parsed = workspaceSchema.parse(migrated);
    expect(parsed.members[0]?.phone).toBe(''); // defaults filled by the schema
  });

  it('leaves a current file as it is', () => {
    const current = sampleWorkspace();
    expect(migrateToCurrent(current)).toBe(current);
  });

  it('opening a v1 file migrates it on disk and keeps the original bytes as a pre-migration backup', async () => {
    const folder = await tempFolder();
    await copyFile(fixture, path.join(folder, 'vest.json'));
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(store.problems()).toEqual([]);
    expect(store.get('grp-vest-it').group).toMatchObject({ language: 'da', archived: false, name: 'IT-ledernetværk Vest' });
    await store.close();

    const onDisk = JSON.parse(await readFile(path.join(folder, 'vest.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const backups = await readdir(path.join(folder, '.backups', 'grp-vest-it'));
    const preMigration = backups.find((name) => name.endsWith('-pre-migration-v1.json'));
    expect(preMigration).toBeDefined();
    expect(await readFile(path.join(folder, '.backups', 'grp-vest-it', preMigration!))).toEqual(await readFile(fixture));
  });
});
