import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleActions, sampleMinutes } from '../export/fixtures/sample-minutes';
import { minutesArbitrary } from '../export/fixtures/minutes-arbitraries';
import { filterActions, filterMinutes, isVisibleIn } from './confidentiality';
import type { Confidentiality, Minutes } from './minutes-model';

/** Every text in the minutes together with the level it was recorded at. */
function leveledTexts(minutes: Minutes): { text: string; level: Confidentiality }[] {
  return [...minutes.notes, ...minutes.decisions, ...minutes.checkInRound, ...minutes.closingRound];
}

describe('isVisibleIn', () => {
  it('keeps room text out of both versions and members text out of the shareable one', () => {
    expect(isVisibleIn('room', 'members')).toBe(false);
    expect(isVisibleIn('room', 'shareable')).toBe(false);
    expect(isVisibleIn('members', 'members')).toBe(true);
    expect(isVisibleIn('members', 'shareable')).toBe(false);
    expect(isVisibleIn('shareable', 'members')).toBe(true);
    expect(isVisibleIn('shareable', 'shareable')).toBe(true);
  });
});

describe('filterMinutes', () => {
  it('gives the members version members and shareable text but nothing from the room', () => {
    const text = JSON.stringify(filterMinutes(sampleMinutes, 'members'));
    expect(text).not.toContain('ROOMSECRET');
    expect(text).toContain('MEMBERSONLY');
    expect(text).toContain('SHAREABLE');
  });

  it('gives the shareable version only shareable text', () => {
    const text = JSON.stringify(filterMinutes(sampleMinutes, 'shareable'));
    expect(text).not.toContain('ROOMSECRET');
    expect(text).not.toContain('MEMBERSONLY');
    expect(text).toContain('SHAREABLE');
  });

  it('keeps attendance, guests and the next theme, and leaves its input untouched', () => {
    const before = structuredClone(sampleMinutes);
    const filtered = filterMinutes(sampleMinutes, 'shareable');
    expect(filtered.attendance).toEqual(sampleMinutes.attendance);
    expect(filtered.guests).toEqual(sampleMinutes.guests);
    expect(filtered.nextTheme).toEqual(sampleMinutes.nextTheme);
    expect(sampleMinutes).toEqual(before);
  });

  it('for random minutes, lets through exactly the entries whose level the version allows', () => {
    fc.assert(
      fc.property(minutesArbitrary, fc.constantFrom('members' as const, 'shareable' as const), (minutes, version) => {
        const filtered = filterMinutes(minutes, version);
        const kept = leveledTexts(filtered);
        const allowed = leveledTexts(minutes).filter((entry) => isVisibleIn(entry.level, version));
        expect(kept).toEqual(allowed);
        // No hidden text survives anywhere in the result, not even inside other fields.
        const serialised = JSON.stringify(filtered);
        expect(serialised).not.toContain('«room:');
        if (version === 'shareable') expect(serialised).not.toContain('«members:');
      }),
      { numRuns: 300 },
    );
  });
});

describe('filterActions', () => {
  it('applies the same levels to actions', () => {
    expect(filterActions(sampleActions, 'members').map((action) => action.id)).toEqual(['act-1', 'act-2']);
    expect(filterActions(sampleActions, 'shareable').map((action) => action.id)).toEqual(['act-1']);
  });
});
