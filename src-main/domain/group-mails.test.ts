import { describe, expect, it } from 'vitest';
import { actionOwnerMail, groupInvitationMail, groupMinutesMail, groupRecipients } from './group-mails';
import type { Member } from './model';

const member = (id: string, name: string, email: string, extra: Partial<Member> = {}): Member => ({
  id,
  name,
  email,
  phone: '',
  employments: [],
  notes: '',
  ...extra,
});

const meeting = {
  date: '2027-03-09',
  startTime: '09:00',
  endTime: '16:00',
  hostOrganisation: 'Nyhavn Kommune',
  address: 'Nyhavn 12.',
  theme: 'AI i drift',
  dinner: true,
};

describe('groupRecipients', () => {
  it('takes the members on the day by the membership rule, and names those without an e-mail', () => {
    const members = [
      member('a', 'Åse Lund', 'ase@x.dk'),
      member('b', 'Bo Ravn', ''),
      member('c', 'Carl Left', 'c@x.dk', { left: '2027-03-09' }),
      member('d', 'Dorte New', 'd@x.dk', { joined: '2027-04-01' }),
    ];
    expect(groupRecipients(members, '2027-03-09')).toEqual({ to: [{ name: 'Åse Lund', email: 'ase@x.dk' }], withoutEmail: ['Bo Ravn'] });
  });
});

describe('groupInvitationMail', () => {
  it('invites in Danish with date, time, place and theme, asks about dinner, and signs', () => {
    const mail = groupInvitationMail({ language: 'da', groupName: 'CIO Øst', meeting, signature: 'Karen Friis\nIT-foreningen' });
    expect(mail.subject).toBe('Invitation: CIO Øst tirsdag den 9. marts 2027');
    expect(mail.body).toContain('Kære alle\n\nHermed invitation til vores møde i CIO Øst tirsdag den 9. marts 2027 kl. 09:00–16:00. Vi mødes hos Nyhavn Kommune, Nyhavn 12. Temaet er AI i drift.');
    expect(mail.body).toContain('om du bliver til middag');
    expect(mail.body.endsWith('Venlig hilsen\nKaren Friis\nIT-foreningen')).toBe(true);
    expect(mail.body).not.toMatch(/\.\.(?!\.)|\{\{/);
  });

  it('leaves out what is unknown and asks no dinner question without one, in English', () => {
    const mail = groupInvitationMail({
      language: 'en',
      groupName: 'CIO East',
      meeting: { ...meeting, hostOrganisation: '', address: '', theme: '', dinner: false },
      signature: '',
    });
    expect(mail.body).not.toMatch(/We meet at|theme|dinner/);
    expect(mail.body.endsWith('Please let me know whether you are coming.\n\nKind regards')).toBe(true);
  });
});

describe('groupMinutesMail', () => {
  it('sends the minutes with a word on confidentiality in both languages', () => {
    expect(groupMinutesMail({ language: 'da', groupName: 'G', meeting, signature: 'K' }).body).toContain('bliver i rummet');
    expect(groupMinutesMail({ language: 'en', groupName: 'G', meeting, signature: 'K' }).subject).toMatch(/^Minutes: G on Tuesday,? 9 March 2027$/);
  });
});

describe('actionOwnerMail', () => {
  it('greets the owner by first name and lists their actions by due date, each on one line', () => {
    const mail = actionOwnerMail({
      language: 'da',
      groupName: 'G',
      meeting,
      signature: 'K',
      ownerName: 'Åse Marie Lund',
      actions: [
        { text: 'Del\nslides', due: '2027-04-01' },
        { text: 'Ring til leverandør', due: '2027-03-20' },
      ],
    });
    expect(mail.body).toContain('Kære Åse\n\nFra mødet tirsdag den 9. marts 2027 står du for disse opgaver:\n\n- Ring til leverandør (frist lørdag den 20. marts 2027)\n- Del slides (frist torsdag den 1. april 2027)');
  });
});
