// Every operation the renderer may ask of the main process, one table merged from one module per area.
// Imports only zod and domain/, so the renderer can type its client from this file without seeing Node.
import type { z } from 'zod';
import type { Operation, ResultOfOperation } from './operations/define';
import { mergeTables } from './operations/merge-tables';
import { appOperations } from './operations/app';
import { groupOperations } from './operations/groups';
import { invitationOperations } from './operations/invitations';
import { memberOperations } from './operations/members';
import { speakerOperations } from './operations/speakers';
import { meetingOperations } from './operations/meetings';
import { agendaOperations } from './operations/agenda';
import { calendarOperations } from './operations/calendar';
import { safekeepingOperations } from './operations/safekeeping';
import { minutesOperations } from './operations/minutes';
import { letterheadOperations } from './operations/letterheads';
import { followUpOperations } from './operations/follow-up';
import { presenceOperations } from './operations/presence';
import { liveOperations } from './operations/live';
import { paletteOperations } from './operations/palette';
import { syncConflictOperations } from './operations/sync-conflicts';
import { profileOperations } from './operations/profile';
import { groupMailOperations } from './operations/group-mail';
import { searchOperations } from './operations/search';
import { historyOperations } from './operations/history';
import { yearPlanOperations } from './operations/year-plan';

export type { Operation };

// mergeTables throws at start-up when two areas declare the same name (see merge-tables.test.ts).
export const contract = mergeTables(
  appOperations,
  groupOperations,
  meetingOperations,
  agendaOperations,
  calendarOperations,
  safekeepingOperations,
  memberOperations,
  speakerOperations,
  invitationOperations,
  minutesOperations,
  letterheadOperations,
  followUpOperations,
  presenceOperations,
  liveOperations,
  paletteOperations,
  syncConflictOperations,
  profileOperations,
  groupMailOperations,
  searchOperations,
  historyOperations,
  yearPlanOperations,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = ResultOfOperation<Contract[M]>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
