import { describe, expect, it } from 'vitest';
import { sampleActions, sampleMinutes, sampleThemes } from '../export/fixtures/sample-minutes';
import { actionSchema, decisionSchema, itemNoteSchema, minutesSchema, NEW_ENTRY_LEVEL, roundEntrySchema, themeSchema } from './minutes-model';

describe('minutes schemas', () => {
  it('accept the sample minutes, actions and themes unchanged', () => {
    expect(minutesSchema.parse(sampleMinutes)).toEqual(sampleMinutes);
    for (const action of sampleActions) expect(actionSchema.parse(action)).toEqual(action);
    for (const theme of sampleThemes) expect(themeSchema.parse(theme)).toEqual(theme);
  });

  it('keep round entries in the room unless told otherwise', () => {
    expect(roundEntrySchema.parse({ memberId: 'm1', text: 'x' }).level).toBe('room');
  });

  it('fill empty minutes with defaults and clean pasted control characters', () => {
    const minutes = minutesSchema.parse({ meetingId: 'm', updatedAt: '2026-03-04T10:00:00Z', notes: [{ id: 'n', agendaItemId: 'i', text: 'a\u0007b' }] });
    expect(minutes.attendance).toEqual([]);
    expect(minutes.notes[0]).toEqual({ id: 'n', agendaItemId: 'i', text: 'ab', level: 'members' });
  });

  it('refuse an unknown level, an empty decision and votes beyond the budget', () => {
    expect(roundEntrySchema.safeParse({ memberId: 'm1', text: 'x', level: 'public' }).success).toBe(false);
    expect(minutesSchema.safeParse({ ...sampleMinutes, decisions: [{ id: 'd', text: '  ' }] }).success).toBe(false);
    expect(themeSchema.safeParse({ id: 't', title: 'T', votes: { m1: 99 } }).success).toBe(false);
  });

  it('accept both kinds of action owner and nothing else', () => {
    expect(actionSchema.safeParse({ ...sampleActions[0], owner: { kind: 'facilitator' } }).success).toBe(true);
    expect(actionSchema.safeParse({ ...sampleActions[0], owner: { kind: 'member' } }).success).toBe(false);
    expect(actionSchema.safeParse({ ...sampleActions[0], owner: { kind: 'guest', name: 'x' } }).success).toBe(false);
  });
});

describe('the level a new entry starts at', () => {
  it('is the one rule the schemas fill in when a level is missing', () => {
    expect(itemNoteSchema.parse({ id: 'n1', agendaItemId: 'a1' }).level).toBe(NEW_ENTRY_LEVEL.note);
    expect(decisionSchema.parse({ id: 'd1', text: 'Vi deler skabelonen' }).level).toBe(NEW_ENTRY_LEVEL.decision);
    expect(roundEntrySchema.parse({ memberId: 'm1' }).level).toBe(NEW_ENTRY_LEVEL.roundEntry);
    expect(NEW_ENTRY_LEVEL.roundEntry).toBe('room');
  });
});
