// The invitation state machine: which moves are legal, and a stamped history of every move made.
import { isoDateTime } from './text';
import type { Invitation, InvitationState } from './speaker-model';

const NEXT_STATES: Record<InvitationState, readonly InvitationState[]> = {
  idea: ['asked', 'cancelled'],
  asked: ['confirmed', 'declined', 'cancelled'],
  confirmed: ['materialsReceived', 'cancelled'],
  materialsReceived: ['delivered', 'cancelled'],
  delivered: ['thanked'],
  thanked: [],
  declined: [],
  cancelled: [],
};

/** The states an invitation may move to from `state`, in the order a menu should offer them. */
export function allowedTransitions(state: InvitationState): readonly InvitationState[] {
  return NEXT_STATES[state];
}

/** Open: the talk has not happened yet and can still be cancelled. */
export function isOpen(state: InvitationState): boolean {
  return NEXT_STATES[state].includes('cancelled');
}

/** Terminal: nothing more will happen to this invitation. */
export function isTerminal(state: InvitationState): boolean {
  return NEXT_STATES[state].length === 0;
}

export type TransitionRefusal =
  | { code: 'invalidTransition'; params: { from: InvitationState; to: InvitationState } }
  | { code: 'invalidTimestamp'; params: { at: string } };

export type TransitionResult = { ok: true; value: Invitation } | { ok: false; reason: TransitionRefusal };

/**
 * Moves an invitation to `to`, stamped with `at` (ISO date-time with offset).
 * Returns a refusal instead of throwing, so the API handler chooses the error it reports.
 */
export function transition(invitation: Invitation, to: InvitationState, at: string): TransitionResult {
  if (!isoDateTime.safeParse(at).success) {
    return { ok: false, reason: { code: 'invalidTimestamp', params: { at } } };
  }
  if (!allowedTransitions(invitation.state).includes(to)) {
    return { ok: false, reason: { code: 'invalidTransition', params: { from: invitation.state, to } } };
  }
  return {
    ok: true,
    value: { ...invitation, state: to, history: [...invitation.history, { state: to, at }] },
  };
}

export interface NewInvitation {
  id: string;
  speakerId: string;
  meetingId?: string;
  agendaItemId?: string;
  topic?: string;
  suggestedByMemberId?: string;
  notes?: string;
}

/** A fresh invitation at 'idea', with that first step already stamped. */
export function createInvitation(fields: NewInvitation, at: string): Invitation {
  return {
    ...fields,
    topic: fields.topic ?? '',
    notes: fields.notes ?? '',
    state: 'idea',
    history: [{ state: 'idea', at }],
  };
}

/** When the invitation last entered `state`, or undefined if it never did. */
export function enteredStateAt(invitation: Invitation, state: InvitationState): string | undefined {
  for (let index = invitation.history.length - 1; index >= 0; index -= 1) {
    const entry = invitation.history[index];
    if (entry?.state === state) return entry.at;
  }
  return undefined;
}
