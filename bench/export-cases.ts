// The documents the export benchmark builds: one meeting's minutes from the large workspace, ~50 pages of minutes,
// and a ~300-page year book (four meetings of long minutes in one document).
import { meetingMinutesOf } from '../src-main/domain/meetings';
import type { MinutesVersion } from '../src-main/domain/minutes-model';
import { longMeetingMinutes, LONG_NOTE_COUNT } from '../src-main/export/fixtures/long-minutes';
import { sampleGroup, sampleMembers } from '../src-main/export/fixtures/sample-minutes';
import { buildMinutesDocx, type MinutesExportInput } from '../src-main/export/minutes-docx';
import { generateWorkspace, TWENTY_YEARS, TWO_YEARS } from './generate-workspace';

export const EXPORT_CASES = ['oneMeeting', 'longMinutes', 'yearBook'] as const;
export type ExportCase = (typeof EXPORT_CASES)[number];

/** LibreOffice lays out LONG_NOTE_COUNT (190) notes as 49–50 A4 pages (see minutes-docx.test.ts); pages scale with notes. */
const NOTES_PER_PAGE = LONG_NOTE_COUNT / 50;
const YEAR_BOOK_MEETINGS = 4;

const VERSION: MinutesVersion = 'members';

function yearBook(pages: number): MinutesExportInput {
  const notesPerMeeting = Math.round((pages * NOTES_PER_PAGE) / YEAR_BOOK_MEETINGS);
  const meetings = ['2026-03-04', '2026-06-10', '2026-09-09', '2026-12-02'].map((date, index) => {
    const long = longMeetingMinutes(notesPerMeeting);
    return { ...long, meeting: { ...long.meeting, id: `meet-${index}`, date }, actions: [] };
  });
  return { group: sampleGroup, members: sampleMembers, version: VERSION, meetings, year: 2026 };
}

/** The export input of a case; `short` shrinks it for CI (the same code paths, a tenth of the pages). */
export function exportInput(exportCase: ExportCase, short: boolean): { input: MinutesExportInput; pages: number | null } {
  switch (exportCase) {
    case 'oneMeeting': {
      const workspace = generateWorkspace(1, short ? TWO_YEARS : TWENTY_YEARS);
      const meeting = workspace.meetings.at(-1)!;
      return {
        input: { group: workspace.group, members: workspace.members, version: VERSION, meetings: [meetingMinutesOf(meeting, workspace.actions)] },
        pages: null,
      };
    }
    case 'longMinutes': {
      const pages = short ? 5 : 50;
      return {
        input: { group: sampleGroup, members: sampleMembers, version: VERSION, meetings: [longMeetingMinutes(Math.round(pages * NOTES_PER_PAGE))] },
        pages,
      };
    }
    case 'yearBook': {
      const pages = short ? 30 : 300;
      return { input: yearBook(pages), pages };
    }
  }
}

export function buildExport(input: MinutesExportInput): Promise<Uint8Array> {
  return buildMinutesDocx(input);
}
