// Schemas for the speaker pipeline: invitation states with a stamped history; per-group follow-up and mail settings.
import { z } from 'zod';
import type { Language } from './model';
import { entityId, freeText, isoDateTime } from './text';

/** Every state an invitation can be in, in the order the board shows its columns. */
export const INVITATION_STATES = [
  'idea',
  'asked',
  'confirmed',
  'materialsReceived',
  'delivered',
  'thanked',
  'declined',
  'cancelled',
] as const;
export const invitationStateSchema = z.enum(INVITATION_STATES);
export type InvitationState = z.infer<typeof invitationStateSchema>;

/** One stamped step: the state entered and when. */
export const invitationHistoryEntrySchema = z.object({
  state: invitationStateSchema,
  at: isoDateTime,
});
export type InvitationHistoryEntry = z.infer<typeof invitationHistoryEntrySchema>;

export const invitationSchema = z.object({
  id: entityId,
  speakerId: entityId,
  /** Empty while the talk is only an idea without a date. */
  meetingId: entityId.optional(),
  agendaItemId: entityId.optional(),
  topic: freeText.default(''),
  state: invitationStateSchema.default('idea'),
  history: z.array(invitationHistoryEntrySchema).default([]),
  suggestedByMemberId: entityId.optional(),
  notes: freeText.default(''),
  /**
   * How the talk went, as the facilitator heard it in the closing round: 1 (poor) to 5 (excellent), and a line on it.
   * Optional and absent until set after the meeting, so files without them need no migration (see speaker-memory.ts).
   */
  rating: z.int().min(1).max(5).optional(),
  ratingNote: freeText.optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** `newDate`: the meeting of a booked talk moved, and the speaker hears the new date (offered after the move). */
export const MAIL_KINDS = ['ask', 'confirm', 'remind', 'thank', 'newDate'] as const;
export const mailKindSchema = z.enum(MAIL_KINDS);
export type MailKind = z.infer<typeof mailKindSchema>;

/**
 * The templates a group keeps: one per mail kind, and a reminder for a speaker who has not answered yet, which asks
 * again instead of talking about "dit oplæg" and slides (see templateKindFor in mail-drafts.ts).
 */
export const MAIL_TEMPLATE_KINDS = [...MAIL_KINDS, 'remindUnanswered'] as const;
export type MailTemplateKind = (typeof MAIL_TEMPLATE_KINDS)[number];

/** The words a template may contain between double braces. */
export const MAIL_PLACEHOLDERS = [
  'speakerName',
  'meetingDate',
  'place',
  'topic',
  'groupName',
  'facilitatorName',
  /** The first word of the speaker's name: greetings use it by default. */
  'firstName',
  /** The facilitator's signature from the profile (name, title, organisation, phone, e-mail, or their own lines). */
  'signature',
] as const;
export type MailPlaceholder = (typeof MAIL_PLACEHOLDERS)[number];

export interface MailTemplate {
  subject: string;
  body: string;
}
export type MailTemplateSet = Record<MailTemplateKind, MailTemplate>;

const DANISH_TEMPLATES: MailTemplateSet = {
  ask: {
    subject: 'Vil du holde oplæg i {{groupName}}?',
    body: [
      'Kære {{firstName}}',
      '',
      'Jeg er facilitator for netværksgruppen {{groupName}}, hvor en kreds af it-ledere mødes fire gange om året og deler erfaringer i fortrolighed.',
      '',
      'Gruppen vil meget gerne høre dig fortælle om {{topic}}. Vi mødes {{meetingDate}}, og stedet er {{place}}. Et oplæg varer typisk 30–45 minutter og efterfølges af en åben drøftelse.',
      '',
      'Vi lægger vægt på praktiske erfaringer – også dem, der ikke gik som planlagt – så oplægget behøver ikke være poleret.',
      '',
      'Har du lyst og mulighed? Svar gerne på denne mail, så aftaler vi detaljerne.',
      '',
      'Venlig hilsen',
      '{{signature}}',
    ].join('\n'),
  },
  confirm: {
    subject: 'Bekræftelse: dit oplæg i {{groupName}} {{meetingDate}}',
    body: [
      'Kære {{firstName}}',
      '',
      'Tusind tak, fordi du har sagt ja til at holde oplæg om {{topic}} for {{groupName}}.',
      '',
      'Dato: {{meetingDate}}',
      'Sted: {{place}}',
      '',
      'Send gerne dine slides eller andet materiale senest en uge før mødet, så jeg kan dele det med gruppen. Skriv endelig, hvis du har spørgsmål eller brug for udstyr.',
      '',
      'Vi glæder os til at høre dig.',
      '',
      'Venlig hilsen',
      '{{signature}}',
    ].join('\n'),
  },
  remind: {
    subject: 'Påmindelse: oplæg i {{groupName}} {{meetingDate}}',
    body: [
      'Kære {{firstName}}',
      '',
      'En venlig påmindelse om dit oplæg om {{topic}} for {{groupName}}.',
      '',
      'Dato: {{meetingDate}}',
      'Sted: {{place}}',
      '',
      'Har du slides eller andet materiale, må du meget gerne sende det til mig inden mødet. Sig endelig til, hvis der er noget, jeg kan hjælpe med.',
      '',
      'Venlig hilsen',
      '{{signature}}',
    ].join('\n'),
  },
  remindUnanswered: {
    subject: 'Påmindelse: vil du holde oplæg i {{groupName}}?',
    body: [
      'Kære {{firstName}}',
      '',
      'For nylig spurgte jeg, om du kunne have lyst til at fortælle netværksgruppen {{groupName}} om {{topic}}. Jeg skriver igen, hvis min mail er blevet væk i indbakken.',
      '',
      'Vi mødes {{meetingDate}}, og stedet er {{place}}.',
      '',
      'Et kort svar er nok – også et nej tak, så jeg kan planlægge mødet.',
      '',
      'Venlig hilsen',
      '{{signature}}',
    ].join('\n'),
  },
  thank: {
    subject: 'Tak for dit oplæg i {{groupName}}',
    body: [
      'Kære {{firstName}}',
      '',
      'Tusind tak for dit oplæg om {{topic}} {{meetingDate}}. Gruppen satte stor pris på dine erfaringer og på den åbne drøftelse bagefter.',
      '',
      'Du er altid velkommen til at kontakte mig, hvis du selv får brug for sparring fra netværket.',
      '',
      'Med venlig hilsen og tak',
      '{{signature}}',
    ].join('\n'),
  },
  newDate: {
    subject: 'Ny dato: {{groupName}} mødes {{meetingDate}}',
    body: [
      'Kære {{firstName}}',
      '',
      'Mødet i netværksgruppen {{groupName}}, hvor vi glæder os til dit oplæg om {{topic}}, er flyttet til en ny dato.',
      '',
      'Ny dato: {{meetingDate}}',
      'Sted: {{place}}',
      '',
      'Jeg beklager ændringen. Passer den nye dato dig? Skriv gerne kort tilbage – også hvis den ikke gør, så finder vi en løsning sammen.',
      '',
      'Venlig hilsen',
      '{{signature}}',
    ].join('\n'),
  },
};

const ENGLISH_TEMPLATES: MailTemplateSet = {
  ask: {
    subject: 'Would you speak at {{groupName}}?',
    body: [
      'Dear {{firstName}}',
      '',
      'I facilitate the network group {{groupName}}, where a circle of IT leaders meets four times a year to share experience in confidence.',
      '',
      'The group would very much like to hear you speak about {{topic}}. We meet on {{meetingDate}}, and the venue is {{place}}. A talk usually lasts 30–45 minutes and is followed by an open discussion.',
      '',
      'We value practical experience – including what did not go to plan – so the talk does not need to be polished.',
      '',
      'Would you like to, and are you available? Just reply to this e-mail and we will agree on the details.',
      '',
      'Kind regards',
      '{{signature}}',
    ].join('\n'),
  },
  confirm: {
    subject: 'Confirmation: your talk at {{groupName}} on {{meetingDate}}',
    body: [
      'Dear {{firstName}}',
      '',
      'Thank you very much for agreeing to speak about {{topic}} at {{groupName}}.',
      '',
      'Date: {{meetingDate}}',
      'Place: {{place}}',
      '',
      'Please send your slides or other material no later than a week before the meeting, so that I can share them with the group. Do let me know if you have any questions or need any equipment.',
      '',
      'We look forward to hearing you.',
      '',
      'Kind regards',
      '{{signature}}',
    ].join('\n'),
  },
  remind: {
    subject: 'Reminder: your talk at {{groupName}} on {{meetingDate}}',
    body: [
      'Dear {{firstName}}',
      '',
      'A friendly reminder of your talk about {{topic}} at {{groupName}}.',
      '',
      'Date: {{meetingDate}}',
      'Place: {{place}}',
      '',
      'If you have slides or other material, I would be grateful to receive them before the meeting. Please let me know if there is anything I can help with.',
      '',
      'Kind regards',
      '{{signature}}',
    ].join('\n'),
  },
  remindUnanswered: {
    subject: 'Reminder: would you speak at {{groupName}}?',
    body: [
      'Dear {{firstName}}',
      '',
      'A little while ago I asked whether you would like to speak to the network group {{groupName}} about {{topic}}. I am writing again in case my e-mail got lost in your inbox.',
      '',
      'We meet on {{meetingDate}}, and the venue is {{place}}.',
      '',
      'A short answer is all I need – a no thank you too, so that I can plan the meeting.',
      '',
      'Kind regards',
      '{{signature}}',
    ].join('\n'),
  },
  thank: {
    subject: 'Thank you for your talk at {{groupName}}',
    body: [
      'Dear {{firstName}}',
      '',
      'Thank you very much for your talk about {{topic}} on {{meetingDate}}. The group greatly appreciated your experience and the open discussion that followed.',
      '',
      'You are always welcome to contact me if you would like to draw on the network yourself.',
      '',
      'With warm regards and thanks',
      '{{signature}}',
    ].join('\n'),
  },
  newDate: {
    subject: 'New date: {{groupName}} meets on {{meetingDate}}',
    body: [
      'Dear {{firstName}}',
      '',
      'The meeting of the network group {{groupName}}, where we look forward to your talk on {{topic}}, has moved to a new date.',
      '',
      'New date: {{meetingDate}}',
      'Place: {{place}}',
      '',
      'I am sorry for the change. Does the new date suit you? A short reply is all I need – also if it does not, and we will find a solution together.',
      '',
      'Kind regards',
      '{{signature}}',
    ].join('\n'),
  },
};

const DEFAULT_TEMPLATES: Record<Language, MailTemplateSet> = { da: DANISH_TEMPLATES, en: ENGLISH_TEMPLATES };

/** A fresh copy of the built-in templates, so a caller editing one never changes the defaults. */
export function defaultMailTemplates(language: Language): MailTemplateSet {
  const source = DEFAULT_TEMPLATES[language];
  return {
    ask: { ...source.ask },
    confirm: { ...source.confirm },
    remind: { ...source.remind },
    remindUnanswered: { ...source.remindUnanswered },
    thank: { ...source.thank },
    newDate: { ...source.newDate },
  };
}

export const mailTemplateSchema = z.object({
  subject: freeText,
  body: freeText,
});

// Each kind falls back to its own default, so a file that lacks only one template keeps the user's other edits.
function templateSetSchema(language: Language) {
  const defaults = DEFAULT_TEMPLATES[language];
  return z
    .object({
      ask: mailTemplateSchema.default(() => ({ ...defaults.ask })),
      confirm: mailTemplateSchema.default(() => ({ ...defaults.confirm })),
      remind: mailTemplateSchema.default(() => ({ ...defaults.remind })),
      remindUnanswered: mailTemplateSchema.default(() => ({ ...defaults.remindUnanswered })),
      thank: mailTemplateSchema.default(() => ({ ...defaults.thank })),
      newDate: mailTemplateSchema.default(() => ({ ...defaults.newDate })),
    })
    .default(() => defaultMailTemplates(language));
}

export const DEFAULT_FOLLOW_UP_AFTER_DAYS = 7;

export const groupPeopleSettingsSchema = z.object({
  /** How many days an asked speaker may stay unanswered before the dashboard suggests a reminder. */
  followUpAfterDays: z.number().int().min(1).max(365).default(DEFAULT_FOLLOW_UP_AFTER_DAYS),
  /** The name that signs this group's mails when the device's facilitator profile has none ({{facilitatorName}}). */
  facilitatorName: freeText.default(''),
  mailTemplates: z
    .object({
      da: templateSetSchema('da'),
      en: templateSetSchema('en'),
    })
    .default(() => ({ da: defaultMailTemplates('da'), en: defaultMailTemplates('en') })),
});
export type GroupPeopleSettings = z.infer<typeof groupPeopleSettingsSchema>;

/** Settings for a group that has never changed them. */
export function defaultGroupPeopleSettings(): GroupPeopleSettings {
  return groupPeopleSettingsSchema.parse({});
}
