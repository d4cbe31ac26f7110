// Which groups the navbar lists where, and which group is open when the remembered one is gone.
import type { GroupSummary } from '../../../../src-main/domain/model';

const byName = (a: GroupSummary, b: GroupSummary) => a.name.localeCompare(b.name, 'da');

export function partitionGroups(groups: readonly GroupSummary[]): { active: GroupSummary[]; archived: GroupSummary[] } {
  return {
    active: groups.filter((group) => !group.archived).sort(byName),
    archived: groups.filter((group) => group.archived).sort(byName),
  };
}

/** The remembered group if it still exists (archived ones may be viewed), else the first active, else any. */
export function chooseCurrentGroup(groups: readonly GroupSummary[], preferredId: string | null): GroupSummary | null {
  const preferred = preferredId === null ? undefined : groups.find((group) => group.id === preferredId);
  if (preferred) return preferred;
  const { active, archived } = partitionGroups(groups);
  return active[0] ?? archived[0] ?? null;
}
