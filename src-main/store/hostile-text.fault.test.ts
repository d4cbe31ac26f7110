// Hostile text through the store (issue 6): control characters, unpaired surrogates, 100 kB fields, RTL, emoji and
// path-like group names are saved, survive a reopen exactly as the schema cleaned them, and never steer a file name.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../domain/text';
import { decodeWorkspace } from './workspace-codec';
import { sampleWorkspace, tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

const HOSTILE_NAMES = ['../../etc/passwd', 'CON', 'aux.txt', 'C:\\Windows\\system32', 'nul.json', '.netvaerk.lock', '🇩🇰👩‍💻', 'שלום עולם', '   .  ', 'a/b\\c:d*e?f"g<h>i|j'];
const HOSTILE_TEXT = [
  'Kontrol\u0000\u0007\u001B[31m\u007F\u0085tegn',
  'Ensom surrogat \uD800 og \uDFFF',
  '\u202Eevil.exe\u202C høj-til-venstre مرحبا',
  '💥🇩🇰👨‍👩‍👧‍👦 Z̤͔ͧ̑̓ä͖̭̈̇lgo',
  '{"schemaVersion": 99}',
  'x'.repeat(MAX_TEXT_LENGTH),
];

describe('hostile text through the store', () => {
  it('is saved, reopened unchanged and never escapes or claims a reserved file name', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    const expected = new Map<string, { name: string; notes: string[] }>();
    for (const [index, name] of HOSTILE_NAMES.entries()) {
      const id = `grp-${index}`;
      await store.create(sampleWorkspace(id, name.trim() === '.' || name.trim() === '' ? `${name}x` : name));
      const saved = await store.update(id, (draft) => {
        draft.group.description = HOSTILE_TEXT[index % HOSTILE_TEXT.length]!;
        draft.members[0]!.notes = HOSTILE_TEXT.slice(0, -1).join('\n'); // all but the 100 kB one, which fills a description
      });
      expected.set(id, { name: saved.group.name, notes: [saved.group.description, saved.members[0]!.notes] });
    }
    const summaries = store.listGroups();
    await store.close();

    // Every file is directly in the folder, under a name the OS would accept, and all names differ.
    const files = (await readdir(folder)).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(HOSTILE_NAMES.length);
    for (const fileName of files) {
      expect(fileName).toMatch(/^[^/\\:*?"<>|]+\.json$/);
      expect([...fileName].every((character) => character.charCodeAt(0) >= 0x20)).toBe(true);
      expect(fileName.startsWith('.')).toBe(false);
      expect(fileName.split('.')[0]!.toLowerCase()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
      const decoded = decodeWorkspace(await readFile(path.join(folder, fileName)));
      expect(decoded.kind).toBe('ok');
    }
    expect(summaries.map((summary) => summary.fileName).sort()).toEqual([...files].sort());

    const reopened = await openWorkspaceFolder({ folder, watch: false });
    try {
      expect(reopened.problems()).toEqual([]);
      for (const [id, { name, notes }] of expected) {
        const workspace = reopened.get(id);
        expect(workspace.group.name).toBe(name);
        expect([workspace.group.description, workspace.members[0]!.notes]).toEqual(notes);
      }
      // The schema's cleaning is what reached the disk: control characters gone, everything else kept.
      const first = reopened.get('grp-0').group.description;
      expect(first).toBe('Kontrol[31mtegn');
      expect(reopened.get('grp-1').group.description).toBe('Ensom surrogat \uD800 og \uDFFF');
    } finally {
      await reopened.close();
    }
  });

  it('refuses a field longer than the limit without writing anything', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    const { fileName } = await store.create(sampleWorkspace());
    const before = await readFile(path.join(folder, fileName));
    await expect(
      store.update('grp-1', (draft) => {
        draft.group.description = 'x'.repeat(MAX_TEXT_LENGTH + 1);
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(await readFile(path.join(folder, fileName))).toEqual(before);
    await store.close();
  });
});
