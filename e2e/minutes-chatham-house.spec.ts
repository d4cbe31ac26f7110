// The Chatham House version of the shareable minutes: the check before export lists a first name the replacement could
// not know, the facilitator fixes it, and the exported .docx names no member and no member's organisation.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures/app-fixture';
import { documentXml } from './fixtures/docx-text';
import { GROUP, HELD_MEETING_ID, minutesWorkspace, TALK_ONE, TALK_TWO, withMinutesGroup } from './fixtures/minutes-workspace';
import { LOOK_AT_SCREENSHOTS, readmeScreenshotPath } from './fixtures/screenshot-path';
import { ChathamHouseDialog } from './pages/chatham-house-dialog';
import { GroupsPage } from './pages/groups-page';
import { MinutesPage } from './pages/minutes-page';

const NAMED_NOTE = 'Anne Holm fortalte, hvordan Region Syd halverede cloud-regningen.';
const FIRST_NAME_NOTE = 'Carla spurgte til licenserne i Sønderby.';
const FIXED_NOTE = 'En deltager spurgte til licenserne i en kommune.';

test.use({
  appOptions: withMinutesGroup({
    minutes: {
      meetingId: HELD_MEETING_ID,
      updatedAt: '2026-09-10T15:00:00.000Z',
      attendance: minutesWorkspace.members.map((member) => ({ memberId: member.id, status: 'present' })),
      notes: [
        { id: 'n-1', agendaItemId: 'ai-talk1', text: NAMED_NOTE, level: 'shareable' },
        { id: 'n-2', agendaItemId: 'ai-talk2', text: FIRST_NAME_NOTE, level: 'shareable' },
      ],
      decisions: [{ id: 'd-1', text: 'Bent Lauridsen deler sin FinOps-skabelon med gruppen.', level: 'shareable' }],
      checkInRound: [{ memberId: 'm-bent', text: 'Travlt efterår med NIS2', level: 'shareable' }],
    },
  }),
});

test('a Chatham House export lists a name left in the text, and once fixed its document names no member', async ({ app }) => {
  await new GroupsPage(app.page).openGroup(GROUP);
  const minutes = new MinutesPage(app.page);
  await minutes.open();
  const chathamHouse = new ChathamHouseDialog(app.page);

  await chathamHouse.open();
  // The full names and organisations are replaced; "Carla" alone and "Sønderby" are for the facilitator to fix.
  await expect(chathamHouse.findings()).toHaveCount(2);
  await expect(chathamHouse.findings().nth(0)).toContainText('“Carla” (Carla Juhl) – medlem, i noterne til');
  await expect(chathamHouse.findings().nth(1)).toContainText('“Sønderby” (Sønderby Kommune) – organisation');
  await mkdir(LOOK_AT_SCREENSHOTS, { recursive: true });
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.page.screenshot({ path: readmeScreenshotPath('chatham-house-check.png') });
  await chathamHouse.close();

  await minutes.noteField(TALK_TWO).fill(FIXED_NOTE);
  await chathamHouse.open();
  const exported = await chathamHouse.export();
  expect(exported.fileName).toContain('Chatham House');
  await writeFile(path.join(LOOK_AT_SCREENSHOTS, 'minutes-chatham-house.docx'), exported.bytes);

  const text = documentXml(exported.bytes);
  for (const member of minutesWorkspace.members) {
    expect(text).not.toContain(member.name);
    for (const part of member.name.split(' ')) expect(text).not.toContain(part);
    expect(text).not.toContain(member.employments[0]!.organisation);
  }
  expect(text).toContain('En CIO fra en region fortalte, hvordan en region halverede cloud-regningen.');
  expect(text).toContain(FIXED_NOTE);
  expect(text).toContain('En IT-chef fra en kommune deler sin FinOps-skabelon med gruppen.');
  expect(text).toContain('En IT-chef fra en kommune: Travlt efterår med NIS2');
  expect(text).toContain(TALK_ONE);
});
