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
