// The full-text index over every group's memory (MiniSearch), kept in step with the groups one save at a time:
// a save re-reads only the meetings and people whose records changed, and re-indexes only the entries that differ.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchAnswer, SearchFacets, SearchHit } from '../api/operations/search';
import type { Confidentiality } from '../domain/minutes-model';
import type { Meeting, Workspace } from '../domain/model';
import {
  groupSearchDocuments,
  meetingSearchDocuments,
  lookupChanges,
  meetingShowsChangedNames,
  searchLookupOf,
  type PeopleDocuments,
  type SearchDocument,
  type SearchKind,
  type SearchLookup,
} from '../domain/search-documents';
import { searchSnippet } from '../domain/search-snippet';
import { allowedTypos, processSearchTerm } from '../domain/search-terms';

export interface SearchFilters {
  groupId?: string;
  year?: number;
  kind?: SearchKind;
  level?: Confidentiality;
}

export interface SearchRequest extends SearchFilters {
  query: string;
  limit?: number;
}

/** What one screen of results can usefully show; the total says how many more matched. */
const DEFAULT_LIMIT = 30;
/** A title match (who said it, which item, whose talk) counts more than a match in the words. */
const TITLE_BOOST = 2;
/** Prefix matching from the second letter: a lone letter would drag in most of the index for nothing. */
const PREFIX_FROM_LENGTH = 2;

/**
 * How many recent answers are kept until the index next changes: a facilitator who corrects a letter, or types again
 * what was typed a moment ago, gets the answer at once.
 */
const REMEMBERED_ANSWERS = 64;

/** How many meetings' entries are read between two pauses of a stepped build (a few milliseconds of work). */
const MEETINGS_PER_STEP = 8;

/** What a group's entries were built from; a save that changes none of these reuses the entries of unchanged meetings. */
interface GroupState {
  workspace: Readonly<Workspace>;
  lookup: SearchLookup;
  /** The entries of each meeting, with the meeting record they were read from. */
  meetings: Map<string, { meeting: Readonly<Meeting>; documents: SearchDocument[] }>;
  /** The meetings' ids and dates, and the entries that are not one meeting's (actions, themes, people). */
  meetingDates: string;
  rest: SearchDocument[];
  people: PeopleDocuments;
  ids: Set<string>;
  years: Set<number>;
}

/** The changes one group's new state makes to the index. */
export interface GroupChanges {
  add: SearchDocument[];
  discard: string[];
}

function sameDocument(a: SearchDocument, b: SearchDocument): boolean {
  return (
    a.title === b.title &&
    a.text === b.text &&
    a.level === b.level &&
    a.groupName === b.groupName &&
    a.meetingDate === b.meetingDate &&
    a.meetingId === b.meetingId &&
    a.year === b.year
  );
}

function passes(document: SearchDocument | undefined, filters: SearchFilters): boolean {
  if (!document) return false;
  return (
    (filters.groupId === undefined || document.groupId === filters.groupId) &&
    (filters.year === undefined || document.year === filters.year) &&
    (filters.kind === undefined || document.kind === filters.kind) &&
    (filters.level === undefined || document.level === filters.level)
  );
}

export class SearchIndex {
  private readonly engine = new MiniSearch<SearchDocument>({
    idField: 'id',
    fields: ['title', 'text'],
    processTerm: processSearchTerm,
  });
  private readonly documents = new Map<string, SearchDocument>();
  private readonly groups = new Map<string, GroupState>();
  /** A group's state between `changesFor` and `commit`, while its changes are being applied. */
  private readonly pending = new Map<string, GroupState>();
  private facetsCache: SearchFacets | null = null;
  /** Answers by request, oldest first; emptied by any change to the index. */
  private readonly answers = new Map<string, SearchAnswer>();

  constructor(private readonly options: { rememberedAnswers: number } = { rememberedAnswers: REMEMBERED_ANSWERS }) {}

  get size(): number {
    return this.documents.size;
  }

  /** The workspace a group was last indexed from, to tell whether a later snapshot is news. */
  indexedWorkspace(groupId: string): Readonly<Workspace> | undefined {
    return this.groups.get(groupId)?.workspace;
  }

  indexedGroupIds(): string[] {
    return [...this.groups.keys()];
  }

  /**
   * Works out what a group's new state changes, without touching the index yet. Meetings whose record is the same
   * object as before (the store shares untouched records between snapshots) keep their entries as they were, unless
   * one of them shows a name that changed; so do members and speakers whose record is the same.
   */
  changesFor(workspace: Readonly<Workspace>): GroupChanges {
    const steps = this.changeSteps(workspace);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * `changesFor` in steps: it pauses (yields) every few meetings, so the build can let the event loop breathe between
   * them; a save runs the steps straight through.
   */
  *changeSteps(workspace: Readonly<Workspace>): Generator<void, GroupChanges> {
    const groupId = workspace.group.id;
    const previous = this.groups.get(groupId);
    const sameNames =
      previous !== undefined &&
      previous.workspace.group === workspace.group &&
      previous.workspace.members === workspace.members &&
      previous.workspace.speakers === workspace.speakers &&
      previous.workspace.invitations === workspace.invitations;
    const lookup = sameNames ? previous.lookup : searchLookupOf(workspace);
    // Null for a new group or a renamed one: every meeting is read again.
    const namesChanged = previous ? lookupChanges(previous.lookup, lookup) : null;
    const meetings = new Map<string, { meeting: Readonly<Meeting>; documents: SearchDocument[] }>();
    const fresh: SearchDocument[] = [];
    for (const meeting of workspace.meetings) {
      const known = previous && namesChanged && !meetingShowsChangedNames(meeting, namesChanged) ? previous.meetings.get(meeting.id) : undefined;
      const documents = known?.meeting === meeting ? known.documents : meetingSearchDocuments(meeting, lookup);
      meetings.set(meeting.id, { meeting, documents });
      fresh.push(...documents);
      if (meetings.size % MEETINGS_PER_STEP === 0) yield;
    }
    yield;
    // Actions and themes name their meeting's date; members and speakers only themselves.
    const meetingDates = workspace.meetings.map((meeting) => `${meeting.id}@${meeting.date}`).join(' ');
    const sameRest = sameNames && previous.workspace.actions === workspace.actions && previous.workspace.themes === workspace.themes && previous.meetingDates === meetingDates;
    const people = previous?.lookup.groupName === lookup.groupName ? previous.people : new WeakMap();
    const rest = sameRest ? previous.rest : groupSearchDocuments(workspace, lookup, people);
    fresh.push(...rest);

    const ids = new Set<string>();
    const add: SearchDocument[] = [];
    for (const document of fresh) {
      // A record listed twice (a member with two lines in one round) is indexed once.
      if (ids.has(document.id)) continue;
      ids.add(document.id);
      const indexed = this.documents.get(document.id);
      if (indexed === document || (indexed !== undefined && sameDocument(indexed, document))) continue;
      add.push(document);
    }
    const discard = add.filter((document) => this.documents.has(document.id)).map((document) => document.id);
    for (const id of previous?.ids ?? []) if (!ids.has(id)) discard.push(id);
    const years = new Set(workspace.meetings.map((meeting) => Number(meeting.date.slice(0, 4))));
    this.pending.set(groupId, { workspace, lookup, meetings, meetingDates, rest, people, ids, years });
    return { add, discard };
  }

  /** Applies part of a group's changes; the build hands them over in slices so the event loop keeps breathing. */
  apply(changes: GroupChanges): void {
    this.answers.clear();
    for (const id of changes.discard) {
      if (!this.documents.has(id)) continue;
      this.engine.discard(id);
      this.documents.delete(id);
    }
    for (const document of changes.add) this.documents.set(document.id, document);
    this.engine.addAll(changes.add);
  }

  /** Marks the group as indexed from the workspace `changesFor` was given, once all its changes are applied. */
  commit(groupId: string): void {
    const state = this.pending.get(groupId);
    if (!state) return;
    this.pending.delete(groupId);
    this.groups.set(groupId, state);
    this.facetsCache = null;
    this.answers.clear();
  }

  /** A save: the group's changed entries re-indexed at once (a few entries, well under a millisecond or two). */
  updateGroup(workspace: Readonly<Workspace>): void {
    this.apply(this.changesFor(workspace));
    this.commit(workspace.group.id);
  }

  removeGroup(groupId: string): void {
    const state = this.groups.get(groupId);
    if (!state) return;
    this.apply({ add: [], discard: [...state.ids] });
    this.groups.delete(groupId);
    this.facetsCache = null;
    this.answers.clear();
  }

  facets(): SearchFacets {
    if (this.facetsCache) return this.facetsCache;
    const collator = new Intl.Collator('da');
    const groups = [...this.groups.values()]
      .map((state) => ({ id: state.workspace.group.id, name: state.workspace.group.name }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const years = [...new Set([...this.groups.values()].flatMap((state) => [...state.years]))].sort((a, b) => b - a);
    this.facetsCache = { groups, years };
    return this.facetsCache;
  }

  search(request: SearchRequest): SearchAnswer {
    const key = JSON.stringify([request.query, request.groupId, request.year, request.kind, request.level, request.limit]);
    const remembered = this.answers.get(key);
    if (remembered) {
      this.answers.delete(key);
      this.answers.set(key, remembered);
      return remembered;
    }
    const answer = this.answer(request);
    if (this.options.rememberedAnswers === 0) return answer;
    if (this.answers.size >= this.options.rememberedAnswers) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, answer);
    return answer;
  }

  private answer(request: SearchRequest): SearchAnswer {
    const facets = this.facets();
    if (request.query.trim() === '') return { hits: [], total: 0, facets };
    const filtered = request.groupId !== undefined || request.year !== undefined || request.kind !== undefined || request.level !== undefined;
    const results = this.engine.search(request.query, {
      combineWith: 'AND',
      boost: { title: TITLE_BOOST },
      prefix: (term) => term.length >= PREFIX_FROM_LENGTH,
      fuzzy: (term) => allowedTypos(term) || false,
      // A short prefix matches thousands of entries; with no filter set, asking each one would cost a third of the query.
      ...(filtered ? { filter: (result: SearchResult) => passes(this.documents.get(result.id as string), request) } : {}),
    });
    const hits = results.slice(0, request.limit ?? DEFAULT_LIMIT).flatMap((result) => this.hitOf(result));
    return { hits, total: results.length, facets };
  }

  private hitOf(result: SearchResult): SearchHit[] {
    const document = this.documents.get(result.id as string);
    if (!document) return [];
    const matched = new Set(result.terms);
    return [
      {
        id: document.id,
        kind: document.kind,
        level: document.level,
        groupId: document.groupId,
        groupName: document.groupName,
        year: document.year,
        meetingId: document.meetingId,
        meetingDate: document.meetingDate,
        ...(document.round ? { round: document.round } : {}),
        title: searchSnippet(document.title, matched, 120),
        snippet: searchSnippet(document.text, matched),
        place: document.place,
      },
    ];
  }
}
