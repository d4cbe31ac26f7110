// Export file names never collide: every document export is named by the domain's exportFileName, with the folder's
// other groups in view.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../domain/views';
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

function fileNameOf(result: ExportResult): string {
  if (result.kind === 'cancelled') throw new Error('expected a file');
  return result.fileName;
}

const meetingFields = (date: string) => ({
  date,
  startTime: '13:00',
  endTime: '16:00',
  kind: 'halfDay' as const,
  hostOrganisation: '',
  address: '',
  theme: '',
  siteTour: false,
  dinner: false,
  jointWithSisterGroup: false,
  status: 'planned' as const,
});

describe('export file names', () => {
  it('keeps kind, date and version, and tells apart groups that differ only by the case of Ø', async () => {
    const longName = 'Netværk for IT-chefer i kommuner, regioner og statslige styrelser i Region Øst';
    const upper = await call('groups.create', { name: longName, language: 'da' });
    const lower = await call('groups.create', { name: longName.replace('Øst', 'øst'), language: 'da' });
    const first = await call('meetings.create', { groupId: upper.id, fields: meetingFields('2027-03-04') });
    const later = await call('meetings.create', { groupId: upper.id, fields: meetingFields('2027-06-10') });

    const members = fileNameOf(await call('minutes.export', { groupId: upper.id, version: 'members', scope: { kind: 'meeting', meetingId: first.id } }));
    const shareable = fileNameOf(await call('minutes.export', { groupId: upper.id, version: 'shareable', scope: { kind: 'meeting', meetingId: first.id } }));
    expect(members).toMatch(/^Referat 2027-03-04 Til medlemmerne - Netværk for IT-chefer .*\.docx$/);
    expect(shareable).toMatch(/^Referat 2027-03-04 Kan deles - /);

    const agendas = await Promise.all([first, later].map(async (meeting) => fileNameOf(await call('agenda.exportInvitation', { groupId: upper.id, meetingId: meeting.id }))));
    const calendars = await Promise.all([first, later].map(async (meeting) => fileNameOf(await call('meetings.exportIcs', { groupId: upper.id, meetingId: meeting.id }))));
    expect(agendas[0]).toMatch(/^Invitation 2027-03-04 - .*\.docx$/);
    expect(calendars[1]).toMatch(/^Kalender 2027-06-10 - .*\.ics$/);
    const all = [members, shareable, ...agendas, ...calendars].map((name) => name.toLowerCase());
    expect(new Set(all).size).toBe(all.length);

    const upperYear = fileNameOf(await call('meetings.exportIcs', { groupId: upper.id, year: 2027 }));
    const lowerYear = fileNameOf(await call('meetings.exportIcs', { groupId: lower.id, year: 2027 }));
    expect(upperYear.toLowerCase()).not.toBe(lowerYear.toLowerCase());
    expect(upperYear).toContain('Øst');
    expect(lowerYear).toContain('øst');
  });
});
