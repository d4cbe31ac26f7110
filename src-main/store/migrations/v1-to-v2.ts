// Version 1 → 2: groups gained a language, an archived flag and a description.
import type { RawWorkspace } from './raw-workspace';

export function migrateV1ToV2(raw: RawWorkspace): RawWorkspace {
  const group = raw.group;
  return {
    ...raw,
    schemaVersion: 2,
    group: isRecord(group) ? { language: 'da', archived: false, description: '', ...group } : group,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
