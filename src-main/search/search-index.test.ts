import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, emptyWorkspaceCollections, workspaceSchema, type Workspace } from '../domain/model';
import { SearchIndex } from './search-index';

function group(id: string, name: string, decisions: { id: string; text: string; level?: string }[], date = '2023-03-14'): Workspace {
  return workspaceSchema.parse({
    ...emptyWorkspaceCollections(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    group: { id, name, language: 'da', archived: false, createdAt: '2020-01-01T00:00:00.000Z' },
    members: [{ id: `${id}m1`, name: 'Aase Møller', employments: [{ organisation: 'Region Nord', title: 'CIO', from: '2020-01-01', to: '2022-12-31' }, { organisation: 'Kommune Syd', title: 'IT-chef', from: '2023-01-01' }] }],
    speakers: [{ id: `${id}s1`, name: 'René Holm', organisation: 'Styrelsen for Data', topics: ['Agile kontrakter'] }],
    invitations: [{ id: `${id}inv1`, speakerId: `${id}s1`, meetingId: `${id}mt1`, agendaItemId: `${id}i1`, topic: 'Agile kontrakter i praksis', state: 'delivered' }],
    meetings: [
      {
        id: `${id}mt1`,
        date,
        startTime: '09:00',
        endTime: '15:00',
        kind: 'fullDay',
        agenda: [{ id: `${id}i1`, kind: 'talk', title: 'Oplæg', durationMinutes: 45, responsible: { kind: 'speaker', speakerId: `${id}s1` } }],
        minutes: {
          meetingId: `${id}mt1`,
          decisions,
          notes: [{ id: `${id}n1`, agendaItemId: `${id}i1`, text: 'Vi talte om **cloud exit** i praksis.', level: 'room' }],
          checkInRound: [{ memberId: `${id}m1`, text: 'Budgettet er skåret i Aabenraa.' }],
          updatedAt: '2023-03-14T10:00:00.000Z',
        },
      },
    ],
  });
}

const east = group('east', 'CIO Øst', [{ id: 'd1', text: 'Vi anbefaler agile kontrakter ved store udbud.', level: 'shareable' }]);
const west = group('west', 'CIO Vest', [{ id: 'd1', text: 'Næste møde holdes i Aarhus.' }], '2025-06-10');

function indexOf(...workspaces: Workspace[]): SearchIndex {
  const index = new SearchIndex();
  for (const workspace of workspaces) index.updateGroup(workspace);
  return index;
}

const kinds = (index: SearchIndex, query: string, filters = {}) => index.search({ query, ...filters }).hits.map((hit) => `${hit.groupId}:${hit.kind}`);

describe('SearchIndex', () => {
  it('finds decisions, notes, round entries, talks and people across groups', () => {
    const index = indexOf(east, west);
    expect(kinds(index, 'agile kontrakter')).toEqual(expect.arrayContaining(['east:decision', 'east:speaker', 'east:talk', 'west:speaker', 'west:talk']));
    expect(kinds(index, 'cloud exit')).toEqual(expect.arrayContaining(['east:note', 'west:note']));
    expect(kinds(index, 'kommune syd', { groupId: 'east' })).toEqual(['east:member']);
    // An earlier job still finds the member: the roster keeps its history.
    expect(kinds(index, 'region nord', { groupId: 'east', kind: 'member' })).toEqual(['east:member']);
  });

  it('matches Danish spellings, prefixes and a light typo', () => {
    const index = indexOf(east, west);
    expect(kinds(index, 'Åbenrå')).toEqual(['east:roundEntry', 'west:roundEntry']);
    expect(kinds(index, 'århus')).toEqual(['west:decision']);
    expect(kinds(index, 'Aase', { groupId: 'west' })).toEqual(expect.arrayContaining(['west:member', 'west:roundEntry']));
    expect(kinds(index, 'kontrak', { kind: 'decision' })).toEqual(['east:decision']);
    expect(kinds(index, 'kontrkater', { kind: 'decision' })).toEqual(['east:decision']);
    expect(kinds(index, 'ase')).toEqual([]);
  });

  it('filters by group, year, kind and level', () => {
    const index = indexOf(east, west);
    expect(kinds(index, 'cloud', { year: 2025 })).toEqual(['west:note']);
    expect(kinds(index, 'cloud', { level: 'members' })).toEqual([]);
    expect(kinds(index, 'cloud', { level: 'room' })).toHaveLength(2);
    expect(index.facets()).toEqual({ groups: [{ id: 'west', name: 'CIO Vest' }, { id: 'east', name: 'CIO Øst' }], years: [2025, 2023] });
  });

  it('says where each hit lives and marks what matched', () => {
    const [hit] = indexOf(east).search({ query: 'agile', kind: 'decision' }).hits;
    expect(hit).toMatchObject({ level: 'shareable', meetingDate: '2023-03-14', year: 2023, place: { groupId: 'east', section: 'minutes', meetingId: 'eastmt1', entryKey: 'decision:d1' } });
    expect(hit!.snippet).toEqual([{ text: 'Vi anbefaler ', hit: false }, { text: 'agile', hit: true }, { text: ' kontrakter ved store udbud.', hit: false }]);
  });

  it('keeps a room-only entry findable and marked as such', () => {
    const [note] = indexOf(east).search({ query: 'cloud' }).hits;
    expect(note).toMatchObject({ kind: 'note', level: 'room', title: [{ text: 'Oplæg', hit: false }] });
  });

  it('follows a save: changed, added and removed entries, and nothing re-indexed that did not change', () => {
    const index = indexOf(east);
    const before = index.size;
    // Asked before the save: a remembered answer must not outlive the change.
    expect(index.search({ query: 'anbefaler' }).hits).toHaveLength(1);
    expect(index.search({ query: 'tjekliste' }).hits).toEqual([]);
    const saved = structuredClone(east);
    saved.meetings[0]!.minutes!.decisions = [{ id: 'd1', text: 'Vi dropper agile kontrakter.', level: 'members' }, { id: 'd2', text: 'Ny NIS2-tjekliste.', level: 'members' }];
    const changes = index.changesFor({ ...east, meetings: saved.meetings });
    expect(changes.add.map((document) => document.id).sort()).toEqual(['east/eastmt1/decision:d1', 'east/eastmt1/decision:d2']);
    expect(changes.discard).toEqual(['east/eastmt1/decision:d1']);
    index.apply(changes);
    index.commit('east');
    expect(index.size).toBe(before + 1);
    expect(index.search({ query: 'dropper' }).hits.map((hit) => hit.id)).toEqual(['east/eastmt1/decision:d1']);
    expect(index.search({ query: 'anbefaler' }).hits).toEqual([]);

    expect(index.search({ query: 'tjekliste' }).hits).toHaveLength(1);
    index.updateGroup(east);
    expect(index.search({ query: 'tjekliste' }).hits).toEqual([]);
    expect(index.size).toBe(before);
    index.removeGroup('east');
    expect(index.size).toBe(0);
    expect(index.search({ query: 'agile' }).hits).toEqual([]);
  });

  it('re-reads the entries that name a member when the member is renamed', () => {
    const index = indexOf(east);
    index.updateGroup({ ...east, members: [{ ...east.members[0]!, name: 'Åse Brandt' }] });
    expect(index.search({ query: 'brandt', kind: 'roundEntry' }).hits.map((hit) => hit.title)).toEqual([[{ text: 'Åse ', hit: false }, { text: 'Brandt', hit: true }]]);
    expect(index.search({ query: 'møller', kind: 'roundEntry' }).hits).toEqual([]);
  });

  it('re-reads only the person whose record a save changed, and the talks when a speaker\'s organisation changed', () => {
    const index = indexOf(east);
    const speaker = east.speakers[0]!;
    const withNotes = { ...east, speakers: [{ ...speaker, notes: 'Taler gerne om kvantecomputere.' }] };
    expect(index.changesFor(withNotes).add.map((document) => document.id)).toEqual(['east/speaker:easts1']);
    index.updateGroup(withNotes);
    expect(kinds(index, 'kvantecomputere')).toEqual(['east:speaker']);

    const moved = { ...withNotes, speakers: [{ ...withNotes.speakers[0]!, organisation: 'Digitaliseringsstyrelsen' }] };
    expect(index.changesFor(moved).add.map((document) => document.id).sort()).toEqual(['east/eastmt1/item:easti1', 'east/speaker:easts1']);
    index.updateGroup(moved);
    expect(kinds(index, 'digitaliseringsstyrelsen')).toEqual(['east:talk', 'east:speaker']);
    expect(kinds(index, 'styrelsen for data')).toEqual([]);
  });

  it('answers after any run of saves exactly as an index built afresh from the last one', () => {
    const edits: ((draft: Workspace, round: number) => void)[] = [
      (draft, round) => void (draft.members[0]!.name = `Aase Møller ${round}`),
      (draft, round) => void (draft.speakers[0]!.notes = `Note ${round}`),
      (draft, round) => void (draft.speakers[0]!.organisation = `Styrelse ${round}`),
      (draft, round) => void (draft.invitations[0]!.topic = `Emne ${round}`),
      (draft, round) => void draft.speakers.push({ ...draft.speakers[0]!, id: `extra${round}`, name: `Gæst ${round}` }),
      (draft) => void (draft.speakers = draft.speakers.slice(0, 1)),
      (draft, round) => void (draft.meetings[0]!.minutes!.decisions = [{ id: 'd1', text: `Beslutning ${round}`, level: 'members' }]),
      (draft, round) => void (draft.group.name = `CIO Øst ${round % 2}`),
    ];
    const queries = ['aase', 'note', 'styrelse', 'emne', 'gæst', 'beslutning', 'holm', 'cio', 'oplæg'];
    const index = indexOf(east);
    let current = east;
    for (let round = 0; round < 40; round += 1) {
      // Untouched parts stay the same objects, as the store's snapshots share them.
      const draft = { ...current, members: structuredClone(current.members), speakers: [...current.speakers], invitations: current.invitations };
      const edit = edits[(round * 5) % edits.length]!;
      if (edit === edits[2] || edit === edits[1]) draft.speakers[0] = { ...draft.speakers[0]! };
      if (edit === edits[3]) draft.invitations = structuredClone(current.invitations);
      if (edit === edits[6]) draft.meetings = structuredClone(current.meetings);
      if (edit === edits[7]) draft.group = { ...current.group };
      edit(draft, round);
      current = draft;
      index.updateGroup(current);
      const fresh = indexOf(current);
      // Entries of equal score may come in another order: an index lists a re-read entry after the others.
      const answer = (from: SearchIndex, query: string) => {
        const { hits, total } = from.search({ query, limit: 100 });
        return { total, hits: [...hits].sort((a, b) => a.id.localeCompare(b.id)) };
      };
      for (const query of queries) expect(answer(index, query), `${query} after round ${round}`).toEqual(answer(fresh, query));
    }
  });

  it('gives every person the group\'s new name when the group is renamed', () => {
    const index = indexOf(east);
    index.updateGroup({ ...east, group: { ...east.group, name: 'CIO Nord' } });
    expect(index.search({ query: 'aase', kind: 'member' }).hits.map((hit) => hit.groupName)).toEqual(['CIO Nord']);
    expect(index.search({ query: 'holm', kind: 'speaker' }).hits.map((hit) => hit.groupName)).toEqual(['CIO Nord']);
  });

  it('gives a question asked again the same answer without searching again, until the index changes', () => {
    const index = indexOf(east);
    const first = index.search({ query: 'agile' });
    expect(index.search({ query: 'agile' })).toBe(first);
    expect(index.search({ query: 'agile', kind: 'decision' })).not.toBe(first);
    index.updateGroup({ ...east, members: [{ ...east.members[0]!, name: 'Åse Brandt' }] });
    expect(index.search({ query: 'agile' })).not.toBe(first);
    expect(index.search({ query: 'agile' })).toEqual(first);
  });

  it('answers an empty query with no hits but the filters\' choices', () => {
    expect(indexOf(east).search({ query: '  ' })).toEqual({ hits: [], total: 0, facets: { groups: [{ id: 'east', name: 'CIO Øst' }], years: [2023] } });
  });
});
