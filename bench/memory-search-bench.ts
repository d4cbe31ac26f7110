// The search across groups and years (issue 13) on a generated memory of 20 groups × 10 years: building the index
// (in slices, so the event loop keeps breathing), one query per keystroke, and bringing the index up to date after a
// save. Runs the app's own search service over a store stand-in that hands out the generated workspaces.
import type { Workspace } from '../src-main/domain/model';
import { workspaceSearchDocuments } from '../src-main/domain/search-documents';
import { SearchIndex } from '../src-main/search/search-index';
import { createWorkspaceSearch } from '../src-main/search/workspace-search';
import type { WorkspaceStore } from '../src-main/store/types';
import { generateWorkspace, type GeneratorSize } from './generate-workspace';
import { maxEventLoopBlock, summarize, timeOnce, timeRepeated, type Timing } from './measure';

/** One group's ten years: 40 meetings with agendas, minutes and rounds, a roster that changes, a speaker directory. */
export const TEN_YEAR_MEMORY: GeneratorSize = { years: 10, members: 120, speakers: 150, invitations: 80, actions: 120 };
export const MEMORY_GROUPS = 20;

export interface MemorySearchFigures {
  groups: number;
  entries: number;
  build: Timing;
  buildMaxEventLoopBlockMs: number;
  /** Every prefix of each typed query, as the search page asks while the facilitator types (function only). */
  keystroke: Timing;
  /** The same, with a group and a kind filter. */
  filteredKeystroke: Timing;
  /** A decision edited and saved: the group's changed entries re-indexed. */
  updateAfterSave: Timing;
  /** A speaker's notes edited and saved, as most roster and directory edits are: only that speaker is read again. */
  updateAfterPeopleSave: Timing;
  /** A speaker renamed and saved: every talk of the group is read again (names feed the talks). */
  updateAfterRosterSave: Timing;
}

const TYPED = ['agile kontrakter', 'tjekliste', 'aarhus', 'søren møller', 'nis2 forberedelse', 'gevinstplan', 'rekrutering', 'region nord cio', 'zzz'];

function storeOf(workspaces: readonly Workspace[]): WorkspaceStore {
  const byId = new Map(workspaces.map((workspace) => [workspace.group.id, workspace]));
  const stand = {
    listGroups: () => workspaces.map((workspace) => ({ id: workspace.group.id })),
    get: (groupId: string) => byId.get(groupId)!,
  };
  return stand as unknown as WorkspaceStore;
}

/** A save of one decision: the store's snapshots share every record the save did not touch. */
function withDecisionEdited(workspace: Workspace, round: number): Workspace {
  const at = round % workspace.meetings.length;
  const meetings = workspace.meetings.map((meeting, index) => {
    if (index !== at || !meeting.minutes) return meeting;
    const [first, ...rest] = meeting.minutes.decisions;
    return { ...meeting, minutes: { ...meeting.minutes, decisions: [{ ...first!, text: `${first!.text} Rettet ${round}.` }, ...rest] } };
  });
  return { ...workspace, meetings };
}

function withSpeakerNotesEdited(workspace: Workspace, round: number): Workspace {
  const at = round % workspace.speakers.length;
  const speakers = workspace.speakers.map((speaker, index) => (index === at ? { ...speaker, notes: `${speaker.notes} Rettet ${round}.` } : speaker));
  return { ...workspace, speakers };
}

function withSpeakerRenamed(workspace: Workspace, round: number): Workspace {
  const speakers = workspace.speakers.map((speaker, index) => (index === 0 ? { ...speaker, name: `${speaker.name} ${round}` } : speaker));
  return { ...workspace, speakers };
}

async function keystrokes(index: SearchIndex, filters: { groupId?: string; kind?: 'decision' }, rounds: number): Promise<Timing> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of TYPED) {
      for (let length = 1; length <= query.length; length += 1) {
        samples.push(await timeOnce(() => index.search({ query: query.slice(0, length), ...filters })));
      }
    }
  }
  return summarize(samples);
}

async function timeUpdates(base: Workspace, runs: number, change: (workspace: Workspace, round: number) => Workspace, index: SearchIndex): Promise<Timing> {
  let current = base;
  return timeRepeated(runs, () => index.updateGroup(current), { warmup: 2, between: (run) => void (current = change(base, run + 10)) });
}

/** The generated memory: 20 groups of ten years, or 4 groups of three for --short. */
export function memoryWorkspaces(short: boolean): Workspace[] {
  const groups = short ? 4 : MEMORY_GROUPS;
  const size = short ? { ...TEN_YEAR_MEMORY, years: 3 } : TEN_YEAR_MEMORY;
  return Array.from({ length: groups }, (_, index) => generateWorkspace(100 + index, size, `Netværk ${index + 1}`));
}

export async function benchMemorySearch(runs: number, short: boolean): Promise<MemorySearchFigures> {
  const workspaces = memoryWorkspaces(short);
  const groups = workspaces.length;
  const entries = workspaces.reduce((sum, workspace) => sum + workspaceSearchDocuments(workspace).length, 0);

  const buildRuns = short ? 2 : 5;
  const buildSamples: number[] = [];
  let buildMaxEventLoopBlockMs = 0;
  for (let run = 0; run < buildRuns; run += 1) {
    const service = createWorkspaceSearch(() => storeOf(workspaces));
    let elapsed = 0;
    const block = await maxEventLoopBlock(async () => {
      elapsed = await timeOnce(() => service.ready());
    });
    buildSamples.push(elapsed);
    buildMaxEventLoopBlockMs = Math.max(buildMaxEventLoopBlockMs, block);
  }

  // Remembering no answers: the figure is the cost of a search, not of a question asked before (search-index.ts).
  const index = new SearchIndex({ rememberedAnswers: 0 });
  for (const workspace of workspaces) index.updateGroup(workspace);
  const rounds = Math.max(1, Math.round(runs / 5));
  const keystroke = await keystrokes(index, {}, rounds);
  const filteredKeystroke = await keystrokes(index, { groupId: workspaces[3]!.group.id, kind: 'decision' }, rounds);
  const updateAfterSave = await timeUpdates(workspaces[0]!, runs * 5, withDecisionEdited, index);
  const updateAfterPeopleSave = await timeUpdates(workspaces[2]!, runs * 5, withSpeakerNotesEdited, index);
  const updateAfterRosterSave = await timeUpdates(workspaces[1]!, runs, withSpeakerRenamed, index);
  return { groups, entries, build: summarize(buildSamples), buildMaxEventLoopBlockMs, keystroke, filteredKeystroke, updateAfterSave, updateAfterPeopleSave, updateAfterRosterSave };
}
