import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  createInvitation,
  enteredStateAt,
  isOpen,
  isTerminal,
  transition,
  type TransitionResult,
} from './invitations';
import { INVITATION_STATES, type Invitation, type InvitationState } from './speaker-model';

const AT = '2026-11-25T10:00:00+01:00';

function valueOf(result: TransitionResult): Invitation {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.reason)}`);
  return result.value;
}

function walk(states: InvitationState[]): Invitation {
  return states.reduce(
    (invitation, state, index) => valueOf(transition(invitation, state, `2026-12-0${index + 1}T09:00:00+01:00`)),
    createInvitation({ id: 'inv-1', speakerId: 'sp-1', topic: 'Cloud exit' }, AT),
  );
}

describe('createInvitation', () => {
  it('starts at idea with that step stamped', () => {
    expect(createInvitation({ id: 'inv-1', speakerId: 'sp-1' }, AT)).toEqual({
      id: 'inv-1',
      speakerId: 'sp-1',
      topic: '',
      notes: '',
      state: 'idea',
      history: [{ state: 'idea', at: AT }],
    });
  });
});

describe('transition', () => {
  it('follows the whole happy path and stamps every step', () => {
    const thanked = walk(['asked', 'confirmed', 'materialsReceived', 'delivered', 'thanked']);
    expect(thanked.state).toBe('thanked');
    expect(thanked.history.map((entry) => entry.state)).toEqual([
      'idea',
      'asked',
      'confirmed',
      'materialsReceived',
      'delivered',
      'thanked',
    ]);
    expect(thanked.history[2]).toEqual({ state: 'confirmed', at: '2026-12-02T09:00:00+01:00' });
  });

  it('lets an asked speaker decline', () => {
    expect(walk(['asked', 'declined']).state).toBe('declined');
  });

  it.each(['idea', 'asked', 'confirmed', 'materialsReceived'] as const)('cancels from the open state %s', (state) => {
    const path: Record<typeof state, InvitationState[]> = {
      idea: [],
      asked: ['asked'],
      confirmed: ['asked', 'confirmed'],
      materialsReceived: ['asked', 'confirmed', 'materialsReceived'],
    };
    const invitation = walk(path[state]);
    expect(valueOf(transition(invitation, 'cancelled', AT)).state).toBe('cancelled');
  });

  it('refuses skipping a step, going back, and leaving a terminal state', () => {
    const idea = walk([]);
    expect(transition(idea, 'confirmed', AT)).toEqual({
      ok: false,
      reason: { code: 'invalidTransition', params: { from: 'idea', to: 'confirmed' } },
    });
    expect(transition(walk(['asked', 'confirmed']), 'asked', AT).ok).toBe(false);
    expect(transition(walk(['asked', 'declined']), 'asked', AT).ok).toBe(false);
    expect(transition(walk(['asked', 'confirmed', 'materialsReceived', 'delivered']), 'cancelled', AT).ok).toBe(false);
  });

  it('refuses moving to the state it is already in', () => {
    expect(transition(walk(['asked']), 'asked', AT).ok).toBe(false);
  });

  it('refuses a stamp that is not an ISO date-time with offset, and leaves the invitation untouched', () => {
    const asked = walk(['asked']);
    const before = structuredClone(asked);
    expect(transition(asked, 'confirmed', '2026-12-01')).toEqual({
      ok: false,
      reason: { code: 'invalidTimestamp', params: { at: '2026-12-01' } },
    });
    expect(transition(asked, 'confirmed', AT).ok).toBe(true);
    expect(asked).toEqual(before);
  });

  it('accepts exactly the allowed moves and stamps each accepted one, whatever is tried (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INVITATION_STATES), { maxLength: 20 }), (attempts) => {
        let invitation = createInvitation({ id: 'inv-1', speakerId: 'sp-1' }, AT);
        let accepted = 0;
        for (const to of attempts) {
          const result = transition(invitation, to, AT);
          expect(result.ok).toBe(allowedTransitions(invitation.state).includes(to));
          if (result.ok) {
            invitation = result.value;
            accepted += 1;
          }
        }
        expect(invitation.history).toHaveLength(1 + accepted);
        expect(invitation.history.at(-1)?.state).toBe(invitation.state);
      }),
    );
  });
});

describe('state classification', () => {
  it('calls the cancellable states open and the finished ones terminal', () => {
    expect(INVITATION_STATES.filter(isOpen)).toEqual(['idea', 'asked', 'confirmed', 'materialsReceived']);
    expect(INVITATION_STATES.filter(isTerminal)).toEqual(['thanked', 'declined', 'cancelled']);
    expect(isOpen('delivered')).toBe(false);
    expect(isTerminal('delivered')).toBe(false);
  });
});

describe('enteredStateAt', () => {
  it('gives the latest stamp for a state, or undefined', () => {
    const asked = walk(['asked']);
    expect(enteredStateAt(asked, 'asked')).toBe('2026-12-01T09:00:00+01:00');
    expect(enteredStateAt(asked, 'confirmed')).toBeUndefined();
  });
});
