// Version 2 → 3: the speaker pipeline, agendas, minutes, actions and the theme backlog arrived.
// Explicit empty collections rather than relying on schema defaults, so the migrated file says what it holds.
import type { RawWorkspace } from './raw-workspace';

export function migrateV2ToV3(raw: RawWorkspace): RawWorkspace {
  const meetings = Array.isArray(raw.meetings)
    ? raw.meetings.map((meeting: unknown) => (isRecord(meeting) ? { agenda: [], ...meeting } : meeting))
    : raw.meetings;
  return {
    invitations: [],
    agendaTemplates: [],
    actions: [],
    themes: [],
    ...raw,
    meetings,
    schemaVersion: 3,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
