// The stored shape of a meeting run live ("Mødetilstand"): which item is on, when each item ran, and the rounds.
// Only moments are stored, never a ticking count, so a restart or crash resumes the same item with the right timers.
import { z } from 'zod';
import { entityId, isoDateTime } from './text';

/** Three minutes each, the usual share of a check-in round for 12–20 members. */
export const DEFAULT_SECONDS_PER_PERSON = 180;
export const EXTENSION_MINUTES = 5;

/** How one member's turn in a round ended; a member with no outcome has not had their turn yet. */
export const roundOutcomeSchema = z.enum(['spoke', 'passed', 'absent']);
export type RoundOutcome = z.infer<typeof roundOutcomeSchema>;

export const roundOrderSchema = z.enum(['attendance', 'shuffled']);
export type RoundOrder = z.infer<typeof roundOrderSchema>;

/** A check-in or closing round in progress: the speaking order is fixed when the round starts. */
export const liveRoundSchema = z.object({
  orderKind: roundOrderSchema,
  /** The shuffle's seed, kept so the order can be explained and reproduced. */
  seed: z.int().min(0).max(0xffffffff).optional(),
  order: z.array(entityId).max(1000),
  /** order.length once everyone has had their turn. */
  currentIndex: z.int().min(0),
  /** When the current speaker began; their timer counts from here. */
  speakerStartedAt: isoDateTime.optional(),
  outcomes: z.record(entityId, roundOutcomeSchema).default({}),
});
export type LiveRound = z.infer<typeof liveRoundSchema>;

export const liveItemStatusSchema = z.enum(['running', 'done', 'parked']);
export type LiveItemStatus = z.infer<typeof liveItemStatusSchema>;

/** An agenda item once it has been on; items not yet reached have no record. */
export const liveItemSchema = z.object({
  agendaItemId: entityId,
  status: liveItemStatusSchema,
  firstStartedAt: isoDateTime,
  /** Set while the item is on; the time since then is added to spentSeconds when it goes off. */
  runningSince: isoDateTime.optional(),
  /** Time spent in earlier stretches: a parked item taken up again keeps what it already used. */
  spentSeconds: z.int().min(0).default(0),
  lastEndedAt: isoDateTime.optional(),
  extensionMinutes: z.int().min(0).max(1440).default(0),
  round: liveRoundSchema.optional(),
});
export type LiveItem = z.infer<typeof liveItemSchema>;

export const liveMeetingSchema = z.object({
  startedAt: isoDateTime,
  finishedAt: isoDateTime.optional(),
  /** Absent before the first item, after the last one and once finished. */
  currentItemId: entityId.optional(),
  items: z.array(liveItemSchema).max(500).default([]),
  secondsPerPerson: z.int().min(10).max(3600).default(DEFAULT_SECONDS_PER_PERSON),
});
export type LiveMeeting = z.infer<typeof liveMeetingSchema>;

/** Why a live step was refused; the handler reports it and the screen never offers the step in that state. */
export type LiveRefusal =
  | 'noAgenda'
  | 'alreadyFinished'
  | 'noCurrentItem'
  | 'notParked'
  | 'notARoundItem'
  | 'roundNotStarted'
  | 'roundOver'
  | 'itemNotFound'
  | 'nothingToUndo';

export type LiveStep<T = LiveMeeting> = { ok: true; live: T } | { ok: false; reason: LiveRefusal };
