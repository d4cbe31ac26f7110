// Mails to the whole group and to action owners: who gets them (the current members, by the one membership rule) and
// the words, in the group's language, signed from the facilitator's profile. Nothing here sends anything.
import type { Action } from './minutes-model';
import type { Language, Meeting, Member } from './model';
import { firstNameOf } from './facilitator-profile';
import { formatMeetingDate, tidyLine, type MailAddress } from './mail-drafts';
import { currentMembers } from './people';

export interface GroupRecipients {
  to: MailAddress[];
  /** Members the mail cannot reach: no e-mail address on file. */
  withoutEmail: string[];
}

/** Everyone who is a member on `day` and has an e-mail address, in the stored order; the others by name. */
export function groupRecipients(members: readonly Member[], day: string): GroupRecipients {
  const current = currentMembers(members, day);
  return {
    to: current.filter((member) => member.email !== '').map((member) => ({ name: member.name, email: member.email })),
    withoutEmail: current.filter((member) => member.email === '').map((member) => member.name),
  };
}

export interface GroupMailText {
  subject: string;
  body: string;
}

type MeetingFacts = Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'hostOrganisation' | 'address' | 'theme' | 'dinner'>;

interface GroupMailSources {
  language: Language;
  groupName: string;
  meeting: MeetingFacts;
  /** The signature lines (see signatureOf); empty ends the mail at its closing words. */
  signature: string;
}

const TEXTS = {
  da: {
    greeting: 'Kære alle',
    closing: 'Venlig hilsen',
    invitationSubject: (group: string, date: string) => `Invitation: ${group} ${date}`,
    invitationIntro: (group: string, date: string, time: string) => `Hermed invitation til vores møde i ${group} ${date} kl. ${time}.`,
    place: (place: string) => `Vi mødes hos ${place}.`,
    theme: (theme: string) => `Temaet er ${theme}.`,
    attachments: 'Dagsordenen er vedhæftet som Word-dokument, og den vedhæftede kalenderfil lægger mødet i din kalender.',
    replyAsk: 'Giv mig gerne besked, om du kommer.',
    replyAskDinner: 'Giv mig gerne besked, om du kommer, og om du bliver til middag.',
    minutesSubject: (group: string, date: string) => `Referat: ${group} ${date}`,
    minutesIntro: (date: string) => `Tak for et godt møde ${date}. Referatet er vedhæftet.`,
    minutesConfidential: 'Referatet er til gruppens medlemmer og deles ikke videre; det, der blev sagt i rummet, bliver i rummet.',
    actionsSubject: (group: string, date: string) => `Dine opgaver fra ${group} ${date}`,
    actionsGreeting: (name: string) => `Kære ${name}`,
    actionsIntro: (date: string, count: number) =>
      count === 1 ? `Fra mødet ${date} står du for denne opgave:` : `Fra mødet ${date} står du for disse opgaver:`,
    due: (date: string) => `frist ${date}`,
    actionsOutro: 'Sig endelig til, hvis noget har ændret sig.',
  },
  en: {
    greeting: 'Dear all',
    closing: 'Kind regards',
    invitationSubject: (group: string, date: string) => `Invitation: ${group} on ${date}`,
    invitationIntro: (group: string, date: string, time: string) => `You are invited to our meeting of ${group} on ${date}, ${time}.`,
    place: (place: string) => `We meet at ${place}.`,
    theme: (theme: string) => `The theme is ${theme}.`,
    attachments: 'The agenda is attached as a Word document, and the attached calendar file puts the meeting in your calendar.',
    replyAsk: 'Please let me know whether you are coming.',
    replyAskDinner: 'Please let me know whether you are coming, and whether you will stay for dinner.',
    minutesSubject: (group: string, date: string) => `Minutes: ${group} on ${date}`,
    minutesIntro: (date: string) => `Thank you for a good meeting on ${date}. The minutes are attached.`,
    minutesConfidential: 'The minutes are for the members of the group and are not passed on; what was said in the room stays in the room.',
    actionsSubject: (group: string, date: string) => `Your actions from ${group} on ${date}`,
    actionsGreeting: (name: string) => `Dear ${name}`,
    actionsIntro: (date: string, count: number) =>
      count === 1 ? `At the meeting on ${date} you took on this action:` : `At the meeting on ${date} you took on these actions:`,
    due: (date: string) => `due ${date}`,
    actionsOutro: 'Do let me know if anything has changed.',
  },
} as const;

/** Paragraphs joined by a blank line, each tidied, the empty ones left out; the closing and signature at the end. */
function letter(paragraphs: readonly string[], closing: string, signature: string): string {
  const kept = paragraphs.map((paragraph) => paragraph.split('\n').map(tidyLine).join('\n')).filter((paragraph) => paragraph.trim() !== '');
  return [...kept, signature === '' ? closing : `${closing}\n${signature}`].join('\n\n');
}

function placeOf(meeting: MeetingFacts): string {
  return [meeting.hostOrganisation, meeting.address].filter((part) => part !== '').join(', ');
}

/** The invitation to the whole group, written to go with the agenda (.docx) and the meeting (.ics) attached. */
export function groupInvitationMail(sources: GroupMailSources): GroupMailText {
  const texts = TEXTS[sources.language];
  const { meeting } = sources;
  const date = formatMeetingDate(meeting.date, sources.language);
  const place = placeOf(meeting);
  return {
    subject: tidyLine(texts.invitationSubject(sources.groupName, date)),
    body: letter(
      [
        texts.greeting,
        [
          texts.invitationIntro(sources.groupName, date, `${meeting.startTime}–${meeting.endTime}`),
          place === '' ? '' : texts.place(place),
          meeting.theme === '' ? '' : texts.theme(meeting.theme),
        ]
          .filter((sentence) => sentence !== '')
          .join(' '),
        texts.attachments,
        meeting.dinner ? texts.replyAskDinner : texts.replyAsk,
      ],
      texts.closing,
      sources.signature,
    ),
  };
}

/** The members' version of the minutes to the whole group, with a word on confidentiality. */
export function groupMinutesMail(sources: GroupMailSources): GroupMailText {
  const texts = TEXTS[sources.language];
  const date = formatMeetingDate(sources.meeting.date, sources.language);
  return {
    subject: tidyLine(texts.minutesSubject(sources.groupName, date)),
    body: letter([texts.greeting, texts.minutesIntro(date), texts.minutesConfidential], texts.closing, sources.signature),
  };
}

/** To one action owner: their actions from the meeting, each with its due date, by due date. */
export function actionOwnerMail(sources: GroupMailSources & { ownerName: string; actions: readonly Pick<Action, 'text' | 'due'>[] }): GroupMailText {
  const texts = TEXTS[sources.language];
  const date = formatMeetingDate(sources.meeting.date, sources.language);
  const lines = [...sources.actions]
    .sort((a, b) => a.due.localeCompare(b.due))
    .map((action) => `- ${action.text.replace(/\s*\n\s*/g, ' ').trim()} (${texts.due(formatMeetingDate(action.due, sources.language))})`);
  return {
    subject: tidyLine(texts.actionsSubject(sources.groupName, date)),
    body: letter(
      [texts.actionsGreeting(firstNameOf(sources.ownerName)), texts.actionsIntro(date, lines.length), lines.join('\n'), texts.actionsOutro],
      texts.closing,
      sources.signature,
    ),
  };
}
