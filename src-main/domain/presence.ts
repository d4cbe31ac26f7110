// Who else has the workspaces folder open right now: another device (a co-facilitator, or the same person's other
// computer) that announced itself in the shared folder and is still sending heartbeats.
export interface DevicePresence {
  deviceId: string;
  /** The name that device chose to show (its settings, or its OS user name). */
  name: string;
  /** When that device opened the folder (its own clock). */
  since: string;
  /** Its latest heartbeat (its own clock). */
  lastSeenAt: string;
}
