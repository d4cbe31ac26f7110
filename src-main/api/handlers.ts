// The contract's implementation, assembled from one module per area. The type makes a missing method a compile error.
import type { Handlers } from './handlers-type';
import type { HandlerContext } from './handlers/context';
import { mergeTables } from './operations/merge-tables';
import { appHandlers } from './handlers/app';
import { groupHandlers } from './handlers/groups';
import { invitationHandlers } from './handlers/invitations';
import { memberHandlers } from './handlers/members';
import { speakerHandlers } from './handlers/speakers';
import { meetingHandlers } from './handlers/meetings';
import { agendaHandlers } from './handlers/agenda';
import { calendarHandlers } from './handlers/calendar';
import { safekeepingHandlers } from './handlers/safekeeping';
import { minutesHandlers } from './handlers/minutes';
import { letterheadHandlers } from './handlers/letterheads';
import { followUpHandlers } from './handlers/follow-up';
import { presenceHandlers } from './handlers/presence';
import { liveHandlers } from './handlers/live';
import { paletteHandlers } from './handlers/palette';
import { syncConflictHandlers } from './handlers/sync-conflicts';
import { historyHandlers } from './handlers/history';
import { searchHandlers } from './handlers/search';
import { profileHandlers } from './handlers/profile';
import { groupMailHandlers } from './handlers/group-mail';
import { yearPlanHandlers } from './handlers/year-plan';

export function createHandlers(context: HandlerContext): Handlers {
  // Refuses a method two handler modules both implement, as the contract refuses a name declared twice.
  return mergeTables(
    appHandlers(context),
    groupHandlers(context),
    meetingHandlers(context),
    agendaHandlers(context),
    calendarHandlers(context),
    safekeepingHandlers(context),
    memberHandlers(context),
    speakerHandlers(context),
    invitationHandlers(context),
    minutesHandlers(context),
    letterheadHandlers(context),
    followUpHandlers(context),
    presenceHandlers(context),
    liveHandlers(context),
    paletteHandlers(context),
    syncConflictHandlers(context),
    historyHandlers(context),
    searchHandlers(context),
    profileHandlers(context),
    groupMailHandlers(context),
    yearPlanHandlers(context),
  );
}
