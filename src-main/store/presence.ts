// Which devices have the shared folder open: each writes `.netvaerk-presence/<device id>.json` (who, since when, a
// heartbeat) while it has the folder open and removes it at close. Presence only informs ("Mette has the folder open
// since 10:02"); it never blocks anyone, since changes from two devices are merged, not refused. A device that stopped
// sending heartbeats (crashed, asleep, offline) ages out; a file silent for a day is removed by the next device to open.
import path from 'node:path';
import { z } from 'zod';
import type { DevicePresence } from '../domain/presence';
import { durableWrite, makeFolderDurable, type DurableWriteContext } from './durable-write';
import { removeLeftovers } from './folder-entries';

export const PRESENCE_DIR_NAME = '.netvaerk-presence';
const FORGOTTEN_AFTER_MS = 24 * 60 * 60_000;

const presenceSchema = z.object({
  version: z.literal(1),
  deviceId: z.string().regex(/^[0-9a-f]{16}$/),
  name: z.string().trim().min(1).max(100),
  since: z.iso.datetime(),
  heartbeatAt: z.iso.datetime(),
});
type PresenceRecord = z.infer<typeof presenceSchema>;

export interface PresenceOptions {
  context: DurableWriteContext;
  folder: string;
  deviceId: string;
  /** Asked at every write: a name changed in the settings reaches the others with the next heartbeat. */
  name: () => string;
  /** No heartbeat for this long (by its stamp, and none seen arriving) and a device counts as gone. */
  staleAfterMs: number;
}

export class Presence {
  private readonly dir: string;
  private readonly ownPath: string;
  private readonly record: PresenceRecord;
  /** Per other device: its latest heartbeat stamp and when (on our clock) we saw it change; see isLive. */
  private readonly seen = new Map<string, { heartbeatAt: string; changedAt: number | null }>();

  constructor(private readonly options: PresenceOptions) {
    this.dir = path.join(options.folder, PRESENCE_DIR_NAME);
    this.ownPath = path.join(this.dir, `${options.deviceId}.json`);
    const now = options.context.clock().toISOString();
    this.record = { version: 1, deviceId: options.deviceId, name: '?', since: now, heartbeatAt: now };
  }

  /** Writes this device's presence, and clears what killed writers and long-gone devices left behind. */
  async announce(): Promise<void> {
    await makeFolderDurable(this.options.context.fs, this.dir);
    await removeLeftovers(this.options.context.fs, this.dir, this.options.context.clock());
    await this.write();
    await this.removeForgotten();
  }

  async beat(): Promise<void> {
    this.record.heartbeatAt = this.options.context.clock().toISOString();
    await this.write();
  }

  async withdraw(): Promise<void> {
    await this.options.context.fs.unlink(this.ownPath).catch(() => undefined);
  }

  /** The other devices that have the folder open now, longest present first. */
  async others(): Promise<DevicePresence[]> {
    const now = this.options.context.clock().getTime();
    const live: DevicePresence[] = [];
    for (const record of await this.readOthers()) {
      if (!this.isLive(record, now)) continue;
      live.push({ deviceId: record.deviceId, name: record.name, since: record.since, lastSeenAt: record.heartbeatAt });
    }
    return live.sort((a, b) => a.since.localeCompare(b.since) || a.deviceId.localeCompare(b.deviceId));
  }

  /**
   * Live when its heartbeat stamp is recent, or when we saw the stamp change recently: clocks of two computers can
   * differ by minutes, and a skewed clock must not hide a device that is clearly still beating.
   */
  private isLive(record: PresenceRecord, now: number): boolean {
    const previous = this.seen.get(record.deviceId);
    const changedAt = previous && previous.heartbeatAt !== record.heartbeatAt ? now : (previous?.changedAt ?? null);
    this.seen.set(record.deviceId, { heartbeatAt: record.heartbeatAt, changedAt });
    const { staleAfterMs } = this.options;
    return Math.abs(now - Date.parse(record.heartbeatAt)) <= staleAfterMs || (changedAt !== null && now - changedAt <= staleAfterMs);
  }

  private async write(): Promise<void> {
    this.record.name = this.options.name().trim().slice(0, 100) || '?';
    await durableWrite(this.ownPath, `${JSON.stringify(this.record, null, 2)}\n`, this.options.context);
  }

  private async readOthers(): Promise<PresenceRecord[]> {
    const records: PresenceRecord[] = [];
    for (const fileName of await this.listing()) {
      const record = await this.read(fileName);
      if (record && record.deviceId !== this.options.deviceId) records.push(record);
    }
    return records;
  }

  /** A damaged or foreign file in the folder is skipped: presence is advisory and must never fail a call. */
  private async read(fileName: string): Promise<PresenceRecord | null> {
    const match = /^([0-9a-f]{16})\.json$/.exec(fileName);
    if (!match) return null;
    try {
      const bytes = await this.options.context.fs.readFile(path.join(this.dir, fileName));
      const record = presenceSchema.parse(JSON.parse(Buffer.from(bytes).toString('utf8')));
      return record.deviceId === match[1] ? record : null;
    } catch {
      return null;
    }
  }

  private async listing(): Promise<string[]> {
    // Missing (nobody announced yet) or unreadable: either way nobody can be shown.
    return this.options.context.fs.readdir(this.dir).catch(() => []);
  }

  private async removeForgotten(): Promise<void> {
    const now = this.options.context.clock().getTime();
    for (const record of await this.readOthers()) {
      if (now - Date.parse(record.heartbeatAt) <= FORGOTTEN_AFTER_MS) continue;
      await this.options.context.fs.unlink(path.join(this.dir, `${record.deviceId}.json`)).catch(() => undefined);
    }
  }
}
