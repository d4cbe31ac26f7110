// Each feature keeps its own Danish and English texts as an i18next namespace, registered here in one line.
// A feature's catalogue module exports `{ da, en }`, with `en` typed as `typeof da`, so both have the same keys.
import type { Language } from '../../../src-main/domain/model';
import { meetingsCatalogue } from '../features/meetings/i18n';
import { calendarCatalogue } from '../features/calendar/i18n';
import { agendaCatalogue } from '../features/agenda/i18n';
import { membersCatalogue } from '../features/members/i18n';
import { speakersCatalogue } from '../features/speakers/i18n';
import { invitationsCatalogue } from '../features/invitations/i18n';
import { minutesCatalogue } from '../features/minutes/i18n';
import { followUpCatalogue } from '../features/follow-up/i18n';
import { presenceCatalogue } from '../features/presence/i18n';
import { facilitatorProfileCatalogue } from '../features/facilitator-profile/i18n';
import { groupMailCatalogue } from '../features/meetings/group-mail-i18n';
import { liveMeetingCatalogue } from '../features/live-meeting/i18n';
import { commandPaletteCatalogue } from '../features/command-palette/i18n';
import { syncConflictsCatalogue } from '../features/sync-conflicts/i18n';
import { searchCatalogue } from '../features/search/i18n';
import { historyCatalogue } from '../features/history/i18n';
import { appearanceCatalogue } from '../features/appearance/i18n';
import { meetingClashesCatalogue } from '../ui/meeting-clashes-i18n';

export interface FeatureCatalogue<Shape extends object = object> {
  da: Shape;
  en: Shape;
}

export const FEATURE_NAMESPACES = {
  minutes: minutesCatalogue,
  followUp: followUpCatalogue,
  meetings: meetingsCatalogue,
  calendar: calendarCatalogue,
  agenda: agendaCatalogue,
  members: membersCatalogue,
  speakers: speakersCatalogue,
  invitations: invitationsCatalogue,
  presence: presenceCatalogue,
  profile: facilitatorProfileCatalogue,
  groupMail: groupMailCatalogue,
  liveMeeting: liveMeetingCatalogue,
  commandPalette: commandPaletteCatalogue,
  syncConflicts: syncConflictsCatalogue,
  search: searchCatalogue,
  history: historyCatalogue,
  appearance: appearanceCatalogue,
  meetingClashes: meetingClashesCatalogue,
} satisfies Record<string, FeatureCatalogue>;

export type FeatureNamespace = keyof typeof FEATURE_NAMESPACES;

export function featureResources(language: Language): Record<string, object> {
  return Object.fromEntries(Object.entries(FEATURE_NAMESPACES as Record<string, FeatureCatalogue>).map(([namespace, catalogue]) => [namespace, catalogue[language]]));
}
