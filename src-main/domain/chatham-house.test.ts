import { describe, expect, it } from 'vitest';
import { anonymiseMeetingMinutes, anonymiseText, chathamHouseReplacements, namesStillFound, neutralRole } from './chatham-house';
import { meetingMinutesOf } from './meetings';
import { meetingSchema, memberSchema, type Member } from './model';

function member(id: string, name: string, employments: object[]): Member {
  return memberSchema.parse({ id, name, employments });
}

const anne = member('m-anne', 'Anne Holm', [
  { organisation: 'Sønderby Kommune', title: 'IT-chef', sector: 'municipality', from: '2018-01-01', to: '2024-02-01' },
  { organisation: 'Region Syd', title: 'CIO', sector: 'region', from: '2024-02-01' },
]);
const bent = member('m-bent', 'Bent Lauridsen', [{ organisation: 'Vadehav Energi A/S', title: 'Digitaliseringschef', sector: 'private' }]);
const carla = member('m-carla', 'Carla Juhl', [{ organisation: 'Styrelsen for Data', title: 'Enhedschef', sector: 'state' }]);
const dan = member('m-dan', 'Dan Ek', []);
const members = [anne, bent, carla, dan];

describe('neutralRole', () => {
  it('describes a member by the title and sector of the current job, in Danish', () => {
    expect(neutralRole(anne, 'da')).toBe('en CIO fra en region');
    expect(neutralRole(bent, 'da')).toBe('en digitaliseringschef fra en privat virksomhed');
    expect(neutralRole(carla, 'da')).toBe('en enhedschef fra staten');
    expect(neutralRole(member('x', 'X', [{ organisation: 'Y', title: 'IT-chef', sector: 'supplier' }]), 'da')).toBe('en IT-chef fra en leverandør');
  });

  it('describes a member in English with the right article', () => {
    expect(neutralRole(anne, 'en')).toBe('a CIO from a region');
    expect(neutralRole(member('x', 'X', [{ organisation: 'Y', title: 'IT director', sector: 'municipality' }]), 'en')).toBe('an IT director from a municipality');
    expect(neutralRole(member('x', 'X', [{ organisation: 'Y', title: 'Enterprise architect', sector: 'other' }]), 'en')).toBe('an enterprise architect from an organisation');
    expect(neutralRole(member('x', 'X', [{ organisation: 'Y', title: 'University CIO', sector: 'state' }]), 'en')).toBe('a university CIO from central government');
    expect(neutralRole(member('x', 'X', [{ organisation: 'Y', title: 'SVP', sector: 'private' }]), 'en')).toBe('an SVP from a private company');
  });

  it('falls back to "a member" without a title or without a current job', () => {
    expect(neutralRole(member('x', 'X', [{ organisation: 'Y', sector: 'municipality' }]), 'da')).toBe('et medlem fra en kommune');
    expect(neutralRole(member('x', 'X', [{ organisation: 'Y', sector: 'municipality' }]), 'en')).toBe('a member from a municipality');
    expect(neutralRole(dan, 'da')).toBe('et medlem');
    expect(neutralRole(member('x', 'X', [{ organisation: 'Y', title: 'CIO', sector: 'region', to: '2025-01-01' }]), 'en')).toBe('a member');
  });
});

describe('anonymiseText', () => {
  const danish = chathamHouseReplacements(members, 'da');

  it('replaces names by roles and organisations by their sector, earlier jobs too', () => {
    expect(anonymiseText('Som Anne Holm sagde, har Region Syd og Sønderby Kommune prøvet det.', danish)).toBe(
      'Som en CIO fra en region sagde, har en region og en kommune prøvet det.',
    );
  });

  it('capitalises a role that starts a sentence or a list item, and keeps a genitive', () => {
    expect(anonymiseText('Anne Holm fortalte. bent lauridsen svarede.\n- Carla Juhls team', danish)).toBe(
      'En CIO fra en region fortalte. En digitaliseringschef fra en privat virksomhed svarede.\n- En enhedschef fra statens team',
    );
  });

  it('takes whole words only, spaced any way, and never re-reads a role it put in', () => {
    expect(anonymiseText('Anne  Holmgaard og Anne\nHolm', danish)).toBe('Anne  Holmgaard og en CIO fra en region');
    const regionNamed = chathamHouseReplacements([member('r', 'Region', [{ organisation: 'En region', sector: 'region' }])], 'da');
    expect(anonymiseText('Region', regionNamed)).toBe('Et medlem fra en region');
  });

  it('works in English', () => {
    expect(anonymiseText('Anne Holm from Region Syd', chathamHouseReplacements(members, 'en'))).toBe('A CIO from a region from a region');
  });
});

describe('namesStillFound', () => {
  const meeting = meetingSchema.parse({
    id: 'meet',
    date: '2026-09-10',
    startTime: '09:00',
    endTime: '15:00',
    kind: 'fullDay',
    hostOrganisation: 'Region Syd',
    address: 'Damhaven 12',
    agenda: [{ id: 'talk', kind: 'talk', title: 'Oplæg', durationMinutes: 60 }],
    minutes: {
      meetingId: 'meet',
      updatedAt: '2026-09-10T15:00:00.000Z',
      notes: [{ id: 'n1', agendaItemId: 'talk', text: 'Anne Holm og Bent fra Vadehav Energi A/S delte erfaringer. Per måned sparer de.', level: 'shareable' }],
      closingRound: [{ memberId: 'm-carla', text: 'Tak til Holm', level: 'shareable' }],
    },
  });
  const entry = meetingMinutesOf(meeting, []);

  it('finds first and last names the replacement could not know, per place, and nothing once all is replaced', () => {
    const anonymised = anonymiseMeetingMinutes(entry, members, 'da');
    expect(anonymised.meeting).toMatchObject({ hostOrganisation: 'En region', address: '' });
    expect(namesStillFound([anonymised], members)).toEqual([
      { kind: 'member', found: 'Bent', of: 'Bent Lauridsen', meetingId: 'meet', meetingDate: '2026-09-10', place: 'note', agendaItemTitle: 'Oplæg' },
      { kind: 'member', found: 'Holm', of: 'Anne Holm', meetingId: 'meet', meetingDate: '2026-09-10', place: 'closingRound' },
    ]);
    // Before the replacement, the full names and organisations are found too, once per name and place.
    expect(namesStillFound([entry], members).map((finding) => [finding.place, finding.found])).toEqual([
      ['host', 'Region Syd'],
      ['note', 'Anne Holm'],
      ['note', 'Bent'],
      ['note', 'Vadehav Energi A/S'],
      ['closingRound', 'Holm'],
    ]);
  });

  it('finds an organisation by the word of its name that points at it alone', () => {
    const hosted = { ...entry, agendaItems: [{ ...entry.agendaItems[0]!, title: 'Oplæg hos Vadehav og i en kommune' }] };
    expect(namesStillFound([anonymiseMeetingMinutes(hosted, members, 'da')], members)).toContainEqual(
      expect.objectContaining({ kind: 'organisation', found: 'Vadehav', of: 'Vadehav Energi A/S', place: 'agendaItem' }),
    );
  });

  it('does not take a lower-case word for a name', () => {
    const per = member('m-per', 'Per Ravn', []);
    const plain = anonymiseMeetingMinutes(entry, [per], 'da');
    expect(namesStillFound([plain], [per])).toEqual([
      expect.objectContaining({ found: 'Per', place: 'note' }),
    ]);
    const lower = { ...plain, minutes: { ...plain.minutes!, notes: [{ ...plain.minutes!.notes[0]!, text: 'sparer per måned' }] } };
    expect(namesStillFound([lower], [per])).toEqual([]);
  });
});
