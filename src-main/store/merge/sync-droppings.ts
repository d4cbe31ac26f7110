// The copies sync clients leave next to a file when two versions met, recognised by name:
//   Dropbox    `name (Mette's conflicted copy 2026-12-02).json`, `name (konfliktkopi ...)`, with ` (1)` variants
//   OneDrive   `name-LAPTOP.json` (the computer's name)
//   Syncthing  `name.sync-conflict-20261202-101010-ABCDEFG.json`
// A name is only a hint: the store also checks that the copy holds the same group before merging it in, because
// `name-vest.json` is as likely another group as a OneDrive copy of `name.json`.

export type SyncClient = 'dropbox' | 'onedrive' | 'syncthing';

const DROPBOX = /^(.+?) \([^()]*(?:conflicted copy|konflikt)[^()]*\)(?: \(\d+\))?\.json$/i;
const SYNCTHING = /^(.+?)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}\.json$/i;
// Windows computer names: letters, digits and hyphens, at most 15.
const ONEDRIVE = /^(.+)-([A-Za-z0-9][A-Za-z0-9-]{0,14})\.json$/;

/** Which sync client's copy of `groupFileName` this is, or null. */
export function syncCopyOf(fileName: string, groupFileName: string): SyncClient | null {
  const stem = groupFileName.replace(/\.json$/i, '').toLowerCase();
  const sameStem = (match: RegExpExecArray | null) => match !== null && match[1]!.toLowerCase() === stem;
  if (sameStem(DROPBOX.exec(fileName))) return 'dropbox';
  if (sameStem(SYNCTHING.exec(fileName))) return 'syncthing';
  // OneDrive's suffix could be any word; only a name with another file's stem in front of it can be its copy.
  const onedrive = ONEDRIVE.exec(fileName);
  if (onedrive && onedrive[1]!.toLowerCase() === stem) return 'onedrive';
  return null;
}

/** Names a sync client would give its copy of `groupFileName`: for the harness and the tests. */
export function syncCopyName(client: SyncClient, groupFileName: string, who: string, date: Date): string {
  const stem = groupFileName.replace(/\.json$/i, '');
  const day = date.toISOString().slice(0, 10);
  if (client === 'dropbox') return `${stem} (${who}'s conflicted copy ${day}).json`;
  if (client === 'onedrive') return `${stem}-${who.toUpperCase().replace(/[^A-Z0-9-]/g, '').slice(0, 15) || 'PC'}.json`;
  const time = date.toISOString().replace(/[-:]/g, '').slice(0, 15).replace('T', '-');
  return `${stem}.sync-conflict-${time}-ABCDEFG.json`;
}
