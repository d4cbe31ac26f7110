// The minutes editor saves the whole minutes at once. Entries can also arrive from elsewhere while it is open: a
// capture in live meeting mode, another browser window, or a co-facilitator's device merged in by the synced folder.
// An entry the editor has never seen is not the editor's to delete, so a save keeps it, and the open editor takes it
// in on its next reload. An entry the editor has seen and no longer holds was removed by the facilitator.
import type { RoundEntry } from './minutes-model';

interface WithId {
  id: string;
}

/** The entries one save covers, as the editor holds them or as they are stored. */
export interface MinutesEntries<Note extends WithId, Decision extends WithId, Action extends WithId> {
  notes: readonly Note[];
  decisions: readonly Decision[];
  checkInRound: readonly RoundEntry[];
  closingRound: readonly RoundEntry[];
  actions: readonly Action[];
}

type AnyEntries = MinutesEntries<WithId, WithId, WithId>;

const ROUNDS = ['checkInRound', 'closingRound'] as const;
const LISTS = ['notes', 'decisions', 'actions'] as const;

/** A round line counts as an entry once it holds words: every member has an empty line from the start. */
const said = (entry: RoundEntry) => entry.text.trim() !== '';

/** One key per entry, the same on both sides: the kind and the id (for rounds, the member). */
export function entryKeys(entries: AnyEntries): string[] {
  const keys: string[] = [];
  for (const list of LISTS) for (const entry of entries[list]) keys.push(`${list}:${entry.id}`);
  for (const round of ROUNDS) for (const entry of entries[round]) if (said(entry)) keys.push(`${round}:${entry.memberId}`);
  return keys;
}

/**
 * `draft` with every stored entry added that it lacks and that is not in `seen` (the keys the editor has ever held).
 * New notes, decisions and actions go last in their list; a round line fills the member's empty line. Returns `draft`
 * itself when nothing is added, so a caller can tell.
 */
export function withUnseenEntries<N extends WithId, D extends WithId, A extends WithId>(
  draft: MinutesEntries<N, D, A>,
  stored: MinutesEntries<N, D, A>,
  seen: ReadonlySet<string>,
): MinutesEntries<N, D, A> {
  let changed = false;
  const unseenOf = <T extends WithId>(list: (typeof LISTS)[number], mine: readonly T[], theirs: readonly T[]): readonly T[] => {
    const held = new Set(mine.map((entry) => entry.id));
    const extra = theirs.filter((entry) => !held.has(entry.id) && !seen.has(`${list}:${entry.id}`));
    if (extra.length === 0) return mine;
    changed = true;
    return [...mine, ...extra];
  };
  const roundOf = (round: (typeof ROUNDS)[number]): readonly RoundEntry[] => {
    const mine = draft[round];
    const extra = stored[round].filter((entry) => said(entry) && !seen.has(`${round}:${entry.memberId}`) && !mine.some((line) => line.memberId === entry.memberId && said(line)));
    if (extra.length === 0) return mine;
    changed = true;
    const byMember = new Map(extra.map((entry) => [entry.memberId, entry]));
    const filled = mine.map((line) => byMember.get(line.memberId) ?? line);
    const placed = new Set(mine.map((line) => line.memberId));
    return [...filled, ...extra.filter((entry) => !placed.has(entry.memberId))];
  };
  const merged: MinutesEntries<N, D, A> = {
    notes: unseenOf('notes', draft.notes, stored.notes),
    decisions: unseenOf('decisions', draft.decisions, stored.decisions),
    actions: unseenOf('actions', draft.actions, stored.actions),
    checkInRound: roundOf('checkInRound'),
    closingRound: roundOf('closingRound'),
  };
  return changed ? merged : draft;
}
