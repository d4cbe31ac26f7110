import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, emptyWorkspaceCollections, meetingSchema, workspaceSchema, type Meeting, type Workspace } from './model';
import { groupSearchDocuments, lookupChanges, meetingShowsChangedNames, searchLookupOf, type PeopleDocuments } from './search-documents';

const group: Workspace = workspaceSchema.parse({
  ...emptyWorkspaceCollections(),
  schemaVersion: CURRENT_SCHEMA_VERSION,
  group: { id: 'g', name: 'CIO Øst', language: 'da', archived: false, createdAt: '2020-01-01T00:00:00.000Z' },
  members: [{ id: 'm1', name: 'Aase Møller', email: 'aase@example.dk' }],
  speakers: [{ id: 's1', name: 'René Holm', organisation: 'Styrelsen for Data', notes: '' }],
  invitations: [{ id: 'i1', speakerId: 's1', meetingId: 'mt1', agendaItemId: 'a1', topic: 'Agile kontrakter', state: 'delivered' }],
});

const changed = (edit: (draft: Workspace) => void): Workspace => {
  const copy = structuredClone(group);
  edit(copy);
  return copy;
};

const changesAfter = (edit: (draft: Workspace) => void) => lookupChanges(searchLookupOf(group), searchLookupOf(changed(edit)));
const meeting: Meeting = meetingSchema.parse({
  id: 'mt1',
  date: '2023-03-14',
  startTime: '09:00',
  endTime: '15:00',
  kind: 'fullDay',
  agenda: [
    { id: 'a1', kind: 'talk', title: 'Oplæg', durationMinutes: 45, responsible: { kind: 'speaker', speakerId: 's1' } },
    { id: 'a2', kind: 'discussion', title: 'Drøftelse', durationMinutes: 30 },
  ],
  minutes: { meetingId: 'mt1', closingRound: [{ memberId: 'm1', text: 'Tak for i dag.' }], updatedAt: '2023-03-14T10:00:00.000Z' },
});

describe('lookupChanges', () => {
  it('names nothing when only what no meeting entry shows changed', () => {
    const nothing = { memberIds: new Set(), speakerIds: new Set(), agendaItemIds: new Set() };
    const lookup = searchLookupOf(group);
    expect(lookupChanges(lookup, lookup)).toEqual(nothing);
    expect(lookupChanges(lookup, searchLookupOf(structuredClone(group)))).toEqual(nothing);
    expect(changesAfter((draft) => void (draft.speakers[0]!.notes = 'Ny note'))).toEqual(nothing);
    expect(changesAfter((draft) => void (draft.members[0]!.email = 'ny@example.dk'))).toEqual(nothing);
  });

  it('names the id of a changed name, organisation or topic, and of a person added or removed', () => {
    expect(changesAfter((draft) => void (draft.speakers[0]!.name = 'René Holm-Jensen'))?.speakerIds).toEqual(new Set(['s1']));
    expect(changesAfter((draft) => void (draft.speakers[0]!.organisation = 'Digitaliseringsstyrelsen'))?.speakerIds).toEqual(new Set(['s1']));
    expect(changesAfter((draft) => void draft.speakers.push({ ...draft.speakers[0]!, id: 's2' }))?.speakerIds).toEqual(new Set(['s2']));
    expect(changesAfter((draft) => void (draft.members[0]!.name = 'Åse Møller'))?.memberIds).toEqual(new Set(['m1']));
    expect(changesAfter((draft) => void (draft.members = []))?.memberIds).toEqual(new Set(['m1']));
    expect(changesAfter((draft) => void (draft.invitations[0]!.topic = 'Cloud exit'))?.agendaItemIds).toEqual(new Set(['a1']));
  });

  it('gives up on a renamed group: every entry shows its name', () => {
    expect(changesAfter((draft) => void (draft.group.name = 'CIO Nord'))).toBeNull();
  });
});

describe('meetingShowsChangedNames', () => {
  const changes = (ids: Partial<Record<'memberIds' | 'speakerIds' | 'agendaItemIds', string[]>>) => ({
    memberIds: new Set(ids.memberIds),
    speakerIds: new Set(ids.speakerIds),
    agendaItemIds: new Set(ids.agendaItemIds),
  });

  it('is true for a talk\'s speaker or topic and a round entry\'s member', () => {
    expect(meetingShowsChangedNames(meeting, changes({ speakerIds: ['s1'] }))).toBe(true);
    expect(meetingShowsChangedNames(meeting, changes({ agendaItemIds: ['a1'] }))).toBe(true);
    expect(meetingShowsChangedNames(meeting, changes({ memberIds: ['m1'] }))).toBe(true);
  });

  it('is false for ids the meeting does not show, and for a topic of an item that is no talk', () => {
    expect(meetingShowsChangedNames(meeting, changes({}))).toBe(false);
    expect(meetingShowsChangedNames(meeting, changes({ speakerIds: ['s2'], memberIds: ['m2'] }))).toBe(false);
    expect(meetingShowsChangedNames(meeting, changes({ agendaItemIds: ['a2'] }))).toBe(false);
  });
});

describe('groupSearchDocuments', () => {
  it('reuses a person\'s entry for the same record and reads a changed record again', () => {
    const known: PeopleDocuments = new WeakMap();
    const first = groupSearchDocuments(group, searchLookupOf(group), known);
    const again = groupSearchDocuments(group, searchLookupOf(group), known);
    expect(again).toEqual(first);
    expect(again.every((document, at) => document === first[at])).toBe(true);
    const edited = { ...group, speakers: [{ ...group.speakers[0]!, notes: 'Taler om kvantecomputere' }] };
    const after = groupSearchDocuments(edited, searchLookupOf(edited), known);
    const speaker = after.find((document) => document.kind === 'speaker')!;
    expect(speaker.text).toContain('kvantecomputere');
    expect(after.find((document) => document.kind === 'member')).toBe(first.find((document) => document.kind === 'member'));
  });
});
