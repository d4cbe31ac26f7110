// The "ny dato" mail a booked speaker is offered when their meeting moves.
import { describe, expect, it } from 'vitest';
import { emptyFacilitatorProfile } from './facilitator-profile';
import { composeMailDraft, mailValuesFor, templateKindFor } from './mail-drafts';
import { defaultMailTemplates, groupPeopleSettingsSchema } from './speaker-model';

const profile = { ...emptyFacilitatorProfile(), name: 'Karen Friis', title: 'Facilitator', organisation: 'IT-foreningen' };
const moved = { date: '2027-04-13', hostOrganisation: 'Region Midt', address: 'Skottenborg 26, Viborg' };

describe('the new-date mail', () => {
  it('tells a Danish speaker the new date and place, greeting by first name and signed with the profile', () => {
    const values = mailValuesFor({ language: 'da', speaker: { name: 'Anna Marie Berg' }, invitation: { topic: 'AI i drift' }, meeting: moved, groupName: 'CIO Vest', profile });
    const draft = composeMailDraft(defaultMailTemplates('da'), templateKindFor('newDate', 'confirmed'), values, [], 'da');
    expect(draft.subject).toBe('Ny dato: CIO Vest mødes tirsdag den 13. april 2027');
    expect(draft.body.split('\n')[0]).toBe('Kære Anna');
    expect(draft.body).toContain('hvor vi glæder os til dit oplæg om AI i drift, er flyttet til en ny dato');
    expect(draft.body).toContain('Ny dato: tirsdag den 13. april 2027\nSted: Region Midt, Skottenborg 26, Viborg');
    expect(draft.body.endsWith('Venlig hilsen\nKaren Friis\nFacilitator, IT-foreningen')).toBe(true);
  });

  it('is written in English for an English group, and stays the new-date mail for a speaker who has not answered', () => {
    const values = mailValuesFor({ language: 'en', speaker: { name: 'Bo Ravn' }, invitation: { topic: 'AI' }, meeting: moved, groupName: 'CIO West', profile });
    expect(templateKindFor('newDate', 'asked')).toBe('newDate');
    const draft = composeMailDraft(defaultMailTemplates('en'), 'newDate', values, [], 'en');
    expect(draft.subject).toBe('New date: CIO West meets on Tuesday, 13 April 2027');
    expect(draft.body.split('\n')[0]).toBe('Dear Bo');
    expect(draft.body).toContain('New date: Tuesday, 13 April 2027');
  });

  it('is given its default template in a group whose stored settings predate it', () => {
    const stored = groupPeopleSettingsSchema.parse({ mailTemplates: { da: { ask: { subject: 'Mit emne', body: 'Hej' } } } });
    expect(stored.mailTemplates.da.ask.subject).toBe('Mit emne');
    expect(stored.mailTemplates.da.newDate).toEqual(defaultMailTemplates('da').newDate);
  });
});
