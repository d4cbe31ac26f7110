// Everything the palette offers, as plain entries: commands, the group's pages, groups, and what the index found
// (members, speakers, meetings, open actions). Ranking them is rank-palette.ts's job.
import type { GroupSummary, Language } from '../../../../src-main/domain/model';
import type { PaletteGroupIndex } from '../../../../src-main/domain/palette-index';
import { formatShortDate } from '../../i18n/dates';
import type { Destination } from '../../ui/navigation';
import type { PaletteEntry } from './rank-palette';

export interface PaletteItem extends PaletteEntry {
  description?: string;
  /** Where choosing the item goes; otherwise `run` is called. */
  destination?: Destination;
  run?: () => void;
}

export interface PaletteHandlers {
  selectGroup: (groupId: string) => void;
  createGroup: () => void;
  switchLanguage: (language: Language) => void;
  openSettings: () => void;
  openBackups: () => void;
  openCalendar: () => void;
}

export interface PaletteContext {
  /** Translates palette texts and other features' tab titles (`'meetings:tab'`). */
  t: (key: string, options?: Record<string, unknown>) => string;
  language: Language;
  groups: readonly GroupSummary[];
  currentGroupId: string | null;
  /** Undefined until the palette has been opened once and the index has arrived. */
  index: readonly PaletteGroupIndex[] | undefined;
  handlers: PaletteHandlers;
}

/** The group's tabs in their order, with the key of each tab's title in its feature's catalogue. */
const PAGES: readonly { section: string; titleKey: string; keywords?: string }[] = [
  { section: 'overview', titleKey: 'dashboard.sectionTitle', keywords: 'dashboard forside' },
  { section: 'meetings', titleKey: 'meetings:tab' },
  { section: 'agenda', titleKey: 'agenda:tab' },
  { section: 'members', titleKey: 'members:tab' },
  { section: 'speakers', titleKey: 'speakers:tab' },
  { section: 'pipeline', titleKey: 'invitations:tab', keywords: 'invitationer pipeline invitations' },
  { section: 'minutes', titleKey: 'minutes:sectionTitle' },
  { section: 'live-meeting', titleKey: 'liveMeeting:sectionTitle' },
  { section: 'follow-up', titleKey: 'followUp:sectionTitle', keywords: 'opgaver actions temaer themes' },
];

const words = (text: string) => text.split(' ');

function commandEntries({ t, language, currentGroupId, index, handlers }: PaletteContext): PaletteItem[] {
  const otherLanguage: Language = language === 'da' ? 'en' : 'da';
  const general: PaletteItem[] = [
    { id: 'command:backups', kind: 'command', label: t('commandPalette:commands.backups'), keywords: words(t('commandPalette:keywords.backups')), run: handlers.openBackups },
    { id: 'command:settings', kind: 'command', label: t('commandPalette:commands.settings'), keywords: words(t('commandPalette:keywords.settings')), run: handlers.openSettings },
    { id: 'command:calendar', kind: 'command', label: t('commandPalette:commands.calendar'), run: handlers.openCalendar },
    { id: 'command:create-group', kind: 'command', label: t('commandPalette:commands.createGroup'), run: handlers.createGroup },
    {
      id: 'command:switch-language',
      kind: 'command',
      label: t('commandPalette:commands.switchLanguage', { language: t(`language.${otherLanguage}`) }),
      keywords: ['sprog', 'language', 'dansk', 'english'],
      run: () => handlers.switchLanguage(otherLanguage),
    },
  ];
  if (currentGroupId === null) return general;
  const groupId = currentGroupId;
  const latestMeetingId = index?.find((entry) => entry.groupId === groupId)?.latestMeetingId ?? null;
  const inGroup = (id: string, section: string, destination: Omit<Destination, 'groupId' | 'section'> = {}): PaletteItem => ({
    id: `command:${id}`,
    kind: 'command',
    label: t(`commandPalette:commands.${id}`),
    keywords: words(t(`commandPalette:keywords.${id}`)),
    destination: { groupId, section, ...destination },
  });
  return [
    inGroup('newMeeting', 'meetings', { intent: { kind: 'newMeeting' } }),
    inGroup('newInvitation', 'pipeline', { intent: { kind: 'newInvitation' } }),
    inGroup('latestMinutes', 'minutes', latestMeetingId === null ? {} : { intent: { kind: 'openMinutes', meetingId: latestMeetingId } }),
    inGroup('newMember', 'members', { intent: { kind: 'newMember' } }),
    inGroup('planYear', 'meetings', { intent: { kind: 'planYear' } }),
    ...general,
  ];
}

function pageEntries({ t, currentGroupId }: PaletteContext): PaletteItem[] {
  if (currentGroupId === null) return [];
  return PAGES.map(({ section, titleKey, keywords }) => ({
    id: `page:${section}`,
    kind: 'page',
    label: t(titleKey),
    ...(keywords === undefined ? {} : { keywords: words(keywords) }),
    destination: { groupId: currentGroupId, section },
  }));
}

function groupEntries({ t, groups, currentGroupId, handlers }: PaletteContext): PaletteItem[] {
  return groups
    .filter((group) => group.id !== currentGroupId)
    .map((group) => ({ id: `group:${group.id}`, kind: 'group', label: group.name, description: t('commandPalette:describe.switchGroup'), run: () => handlers.selectGroup(group.id) }));
}

/**
 * Members, speakers, meetings and open actions of every open group; the group is named when there are several. Built
 * only when the index changes (thousands of entries; each text that is the same for a whole group translated once).
 */
export function paletteIndexEntries({ t, language, index }: Pick<PaletteContext, 't' | 'language' | 'index'>): PaletteItem[] {
  if (!index) return [];
  const severalGroups = index.length > 1;
  const meetingWord = t('commandPalette:keywords.meeting');
  const minutesWord = t('commandPalette:describe.minutes');
  const planWord = t('commandPalette:describe.plan');
  return index.flatMap((group) => {
    const inGroup = severalGroups ? t('commandPalette:describe.inGroup', { group: group.groupName }) : '';
    const where = (detail: string) => [detail, inGroup].filter(Boolean).join(' · ');
    const groupId = group.groupId;
    const members: PaletteItem[] = group.members.map((member) => ({
      id: `member:${member.id}`,
      kind: 'member',
      label: member.name,
      keywords: [member.organisation, group.groupName],
      description: where(member.organisation),
      destination: { groupId, section: 'members', intent: { kind: 'openMember', memberId: member.id } },
    }));
    const speakers: PaletteItem[] = group.speakers.map((speaker) => ({
      id: `speaker:${speaker.id}`,
      kind: 'speaker',
      label: speaker.name,
      keywords: [speaker.organisation, group.groupName],
      description: where(speaker.organisation),
      destination: { groupId, section: 'speakers', intent: { kind: 'openSpeaker', speakerId: speaker.id } },
    }));
    const meetings: PaletteItem[] = group.meetings.map((meeting) => {
      const date = formatShortDate(meeting.date, language);
      return {
        id: `meeting:${meeting.id}`,
        kind: 'meeting',
        label: meeting.theme ? `${date} · ${meeting.theme}` : date,
        keywords: [meetingWord, group.groupName],
        description: where(meeting.started ? minutesWord : planWord),
        destination: meeting.started
          ? { groupId, section: 'minutes', intent: { kind: 'openMinutes', meetingId: meeting.id } }
          : { groupId, section: 'meetings', intent: { kind: 'openMeeting', meetingId: meeting.id } },
      };
    });
    const actions: PaletteItem[] = group.openActions.map((action) => ({
      id: `action:${action.id}`,
      kind: 'action',
      label: action.text,
      keywords: [group.groupName],
      description: where(t('commandPalette:describe.due', { date: formatShortDate(action.due, language) })),
      destination: { groupId, section: 'follow-up', intent: { kind: 'showAction', actionId: action.id } },
    }));
    return [...members, ...speakers, ...meetings, ...actions];
  });
}

/** The commands, the group's pages and the other groups: a few dozen entries, cheap to build at every change. */
export function paletteCommandEntries(context: PaletteContext): PaletteItem[] {
  return [...commandEntries(context), ...pageEntries(context), ...groupEntries(context)];
}
