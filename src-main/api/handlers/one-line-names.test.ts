// Names are one line at the contract's door, whichever transport carried them: line breaks and bidi overrides never
// reach the store, the navigation or a document.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callerFor } from '../../test-support/caller';
import { startTestServices, type TestServices } from '../../test-support/test-services';

let test: TestServices;
const call = callerFor(() => test);

beforeEach(async () => {
  test = await startTestServices();
});
afterEach(async () => {
  await test.dispose();
});

describe('one-line names through the contract', () => {
  it('stores a group, member, speaker and meeting without line breaks or a right-to-left override', async () => {
    const group = await call('groups.create', { name: '\u202ENetværk\tØst\u202C', language: 'da' });
    expect(group.name).toBe('Netværk Øst');
    const renamed = await call('groups.rename', { groupId: group.id, name: 'CIO\r\nØst ' });
    expect(renamed.name).toBe('CIO Øst');

    const member = await call('members.create', {
      groupId: group.id,
      member: {
        name: 'Mette\nHolm',
        email: '',
        phone: '',
        title: 'CIO\u2067',
        organisation: 'Aarhus\tKommune',
        sector: 'municipality',
        notes: 'line one\nline two',
      },
    });
    expect(member.name).toBe('Mette Holm');
    expect(member.employments[0]).toMatchObject({ organisation: 'Aarhus Kommune', title: 'CIO' });
    // Free text keeps its lines: only names are one line.
    expect(member.notes).toBe('line one\nline two');

    const speaker = await call('speakers.create', {
      groupId: group.id,
      speaker: { name: 'Lars\u200F Bech', title: '', organisation: 'KL\n', email: '', phone: '', topics: ['AI\tetik'], bio: '', notes: '' },
    });
    expect(speaker).toMatchObject({ name: 'Lars Bech', organisation: 'KL', topics: ['AI etik'] });

    const meeting = await call('meetings.create', {
      groupId: group.id,
      fields: {
        date: '2027-03-04',
        startTime: '13:00',
        endTime: '16:00',
        kind: 'halfDay',
        hostOrganisation: 'Region\nMidt',
        address: 'Nyhavn 12\n1051 København',
        theme: '\u202BSikkerhed  og AI',
        siteTour: false,
        dinner: false,
        jointWithSisterGroup: false,
        status: 'planned',
      },
    });
    expect(meeting).toMatchObject({ hostOrganisation: 'Region Midt', theme: 'Sikkerhed og AI', address: 'Nyhavn 12\n1051 København' });
  });
});
