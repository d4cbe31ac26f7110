import { describe, expect, it } from 'vitest';
import type { InvitationBoard } from '../../../../src-main/api/operations/invitations';
import type { Invitation, InvitationState } from '../../../../src-main/domain/speaker-model';
import { canMove, columnsByState, keepUnchangedRows, pipelineRows, suggestedMailKind, tableRows, type TableView } from './board-model';

const speaker = (id: string, name: string) => ({ id, name, title: '', organisation: '', email: `${id}@x.dk`, phone: '', topics: [], bio: '', notes: '' });
const invitation = (id: string, speakerId: string, state: InvitationState, meetingId?: string, topic = ''): Invitation => ({
  id,
  speakerId,
  topic,
  state,
  notes: '',
  history: [{ state, at: `2026-11-${id.padStart(2, '0')}T10:00:00+01:00` }],
  ...(meetingId ? { meetingId } : {}),
});

const board: InvitationBoard = {
  speakers: [speaker('s1', 'Eva Holst'), speaker('s2', 'Åse Lund'), speaker('s3', 'Niels Thorup')],
  meetings: [
    { id: 'm1', date: '2026-12-08', theme: '', hostOrganisation: '' },
    { id: 'm2', date: '2027-03-09', theme: '', hostOrganisation: '' },
  ],
  members: [{ id: 'p1', name: 'Mette Kragh' }],
  invitations: [
    invitation('1', 's1', 'asked', 'm2', 'NIS2'),
    { ...invitation('2', 's2', 'asked', 'm1', 'AI i drift'), suggestedByMemberId: 'p1' },
    invitation('3', 's3', 'idea', undefined, 'Sourcing'),
  ],
};

const view = (patch: Partial<TableView>): TableView => ({ query: '', states: [], sort: { column: 'speaker', descending: false }, ...patch });

describe('board model', () => {
  it('joins names and dates and groups by state, soonest meeting first', () => {
    const columns = columnsByState(pipelineRows(board));
    expect(columns.asked.map((row) => row.speakerName)).toEqual(['Åse Lund', 'Eva Holst']);
    expect(columns.asked[0]).toMatchObject({ meetingDate: '2026-12-08', suggestedByName: 'Mette Kragh' });
    expect(columns.idea[0]).toMatchObject({ meetingDate: null, suggestedByName: null });
    expect(columns.thanked).toEqual([]);
  });

  it('knows the moves the state machine allows', () => {
    const [asked] = pipelineRows(board);
    expect(canMove(asked!, 'confirmed')).toBe(true);
    expect(canMove(asked!, 'thanked')).toBe(false);
  });

  it('filters by words and states and sorts in Danish order either way', () => {
    const rows = pipelineRows(board);
    expect(tableRows(rows, view({})).map((row) => row.speakerName)).toEqual(['Eva Holst', 'Niels Thorup', 'Åse Lund']);
    expect(tableRows(rows, view({ sort: { column: 'meeting', descending: true } })).map((row) => row.invitation.id)).toEqual(['3', '1', '2']);
    expect(tableRows(rows, view({ states: ['idea'] })).map((row) => row.invitation.id)).toEqual(['3']);
    expect(tableRows(rows, view({ query: 'ai drift' })).map((row) => row.invitation.id)).toEqual(['2']);
  });

  it('keeps the rows a reload did not change as the same objects', () => {
    const before = pipelineRows(board);
    const moved = structuredClone(board);
    moved.invitations[2] = { ...moved.invitations[2]!, state: 'asked', history: [...moved.invitations[2]!.history, { state: 'asked', at: '2026-12-01T10:00:00+01:00' }] };
    const after = keepUnchangedRows(before, pipelineRows(moved));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
    expect(after[2]).toMatchObject({ invitation: { state: 'asked' }, changedAt: '2026-12-01T10:00:00+01:00' });
    // A renamed speaker is a changed row too, though the invitation itself is the same.
    const renamed = structuredClone(board);
    renamed.speakers[0] = { ...renamed.speakers[0]!, name: 'Eva Holst-Berg' };
    expect(keepUnchangedRows(before, pipelineRows(renamed))[0]).toMatchObject({ speakerName: 'Eva Holst-Berg' });
  });

  it('suggests the mail that fits the state', () => {
    expect(suggestedMailKind('idea')).toBe('ask');
    expect(suggestedMailKind('confirmed')).toBe('confirm');
    expect(suggestedMailKind('delivered')).toBe('thank');
  });
});
