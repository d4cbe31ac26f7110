import { describe, expect, it } from 'vitest';
import {
  defaultGroupPeopleSettings,
  defaultMailTemplates,
  groupPeopleSettingsSchema,
  invitationSchema,
  MAIL_TEMPLATE_KINDS,
  MAIL_PLACEHOLDERS,
} from './speaker-model';

describe('invitationSchema', () => {
  it('fills defaults for a bare invitation', () => {
    expect(invitationSchema.parse({ id: 'inv-1', speakerId: 'sp-1' })).toEqual({
      id: 'inv-1',
      speakerId: 'sp-1',
      topic: '',
      state: 'idea',
      history: [],
      notes: '',
    });
  });

  it('refuses an unknown state and a history stamp without a time', () => {
    expect(invitationSchema.safeParse({ id: 'a', speakerId: 'b', state: 'booked' }).success).toBe(false);
    expect(
      invitationSchema.safeParse({ id: 'a', speakerId: 'b', history: [{ state: 'idea', at: '2026-11-25' }] }).success,
    ).toBe(false);
  });
});

describe('groupPeopleSettingsSchema', () => {
  it('defaults to a seven-day follow-up and both languages of templates', () => {
    const settings = defaultGroupPeopleSettings();
    expect(settings.followUpAfterDays).toBe(7);
    expect(settings.mailTemplates.da.ask.subject).toContain('{{groupName}}');
    expect(settings.mailTemplates.en.thank.subject).toBe('Thank you for your talk at {{groupName}}');
  });

  it('keeps the user’s edited template and fills only the missing ones', () => {
    const settings = groupPeopleSettingsSchema.parse({
      followUpAfterDays: 10,
      mailTemplates: { da: { ask: { subject: 'Mit emne', body: 'Min tekst' } } },
    });
    expect(settings.followUpAfterDays).toBe(10);
    expect(settings.mailTemplates.da.ask).toEqual({ subject: 'Mit emne', body: 'Min tekst' });
    expect(settings.mailTemplates.da.thank).toEqual(defaultMailTemplates('da').thank);
    expect(settings.mailTemplates.en).toEqual(defaultMailTemplates('en'));
  });

  it('reads settings saved before the signature existed with an empty signature', () => {
    const saved = { followUpAfterDays: 10 };
    expect(groupPeopleSettingsSchema.parse(saved)).toMatchObject({ followUpAfterDays: 10, facilitatorName: '' });
    expect(groupPeopleSettingsSchema.parse({ facilitatorName: '  Lone Holm ' }).facilitatorName).toBe('Lone Holm');
  });

  it('refuses a follow-up period that is not a positive whole number of days', () => {
    expect(groupPeopleSettingsSchema.safeParse({ followUpAfterDays: 0 }).success).toBe(false);
    expect(groupPeopleSettingsSchema.safeParse({ followUpAfterDays: 2.5 }).success).toBe(false);
  });

  it('hands out fresh template objects, so editing one never changes the defaults', () => {
    const first = defaultGroupPeopleSettings();
    first.mailTemplates.da.ask.subject = 'changed';
    expect(defaultGroupPeopleSettings().mailTemplates.da.ask.subject).not.toBe('changed');
    expect(defaultMailTemplates('da').ask.subject).not.toBe('changed');
  });

  it('has Danish and English texts for every kind that greet the speaker and use only known placeholders', () => {
    for (const language of ['da', 'en'] as const) {
      const templates = defaultMailTemplates(language);
      for (const kind of MAIL_TEMPLATE_KINDS) {
        const { subject, body } = templates[kind];
        expect(body).toContain('{{firstName}}');
        expect(body).toContain('{{signature}}');
        const used = [...`${subject}\n${body}`.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
        for (const name of used) expect(MAIL_PLACEHOLDERS).toContain(name);
      }
    }
    expect(defaultMailTemplates('da').ask.body).not.toBe(defaultMailTemplates('en').ask.body);
  });
});
