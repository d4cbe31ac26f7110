// The speaker pipeline: a member's suggestion becomes a confirmed talk, a double booking is warned about across
// groups, and a mail draft is previewed and saved as .eml. Two demo-like groups meet on the same dates.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDemoWorkspace } from '../src-main/domain/demo';
import type { Workspace } from '../src-main/domain/model';
import { localIsoDate } from '../src-main/domain/summaries';
import { expect, test } from './fixtures/app-fixture';
import { readmeScreenshotPath } from './fixtures/screenshot-path';
import { GroupsPage } from './pages/groups-page';
import { SpeakersPage } from './pages/speakers-page';

const DEMO_NAME = 'CIO-netværk Vest';
const SECOND_NAME = 'IT-drift Syd';

/**
 * The demo group under another name; `empty` gives a group with the same upcoming meeting dates but no speakers or talks
 * yet (nor the demo's held meeting, whose talk and follow-up belong to the first group).
 */
function workspaceFor(prefix: string, name: string, empty: boolean): Workspace {
  let counter = 0;
  const now = new Date();
  const workspace = createDemoWorkspace({ language: 'da', today: localIsoDate(now), now, newId: () => `${prefix}${++counter}` });
  const renamed = { ...workspace, group: { ...workspace.group, name } };
  if (!empty) return renamed;
  const upcoming = renamed.meetings.filter((meeting) => meeting.status === 'planned');
  return { ...renamed, meetings: upcoming, speakers: [], invitations: [], actions: [], themes: [] };
}

const demo = workspaceFor('a', DEMO_NAME, false);
// The option shows the meeting's date and theme; both groups hold their next meeting on the same day with this theme.
const firstMeeting = new RegExp(demo.meetings.find((meeting) => meeting.status === 'planned')!.theme);

test.use({
  appOptions: {
    beforeStart: async ({ workspacesDir }) => {
      await writeFile(path.join(workspacesDir, 'cio-netvaerk-vest.json'), JSON.stringify(demo));
      await writeFile(path.join(workspacesDir, 'it-drift-syd.json'), JSON.stringify(workspaceFor('b', SECOND_NAME, true)));
    },
  },
});

test('a member suggests a speaker, the talk is confirmed, and booking them in a second group the same day is warned about', async ({ app }) => {
  const groups = new GroupsPage(app.page);
  const speakers = new SpeakersPage(app.page);
  await groups.openGroup(DEMO_NAME);
  await expect(app.page.getByRole('heading', { name: 'Til i dag' })).toBeVisible();
  await expect(app.page.getByText(/Niels Thorup har ikke svaret – spurgt for 9 dage siden/)).toBeVisible();

  await speakers.openPipeline();
  await speakers.fillInvitation({
    suggestedBy: 'Mette Kragh',
    newSpeaker: { name: 'Karen Vestergaard', organisation: 'Dataetisk Råd' },
    meeting: firstMeeting,
    topic: 'Dataetik i praksis',
  });
  await speakers.invitationDialog().getByRole('button', { name: 'Opret invitation' }).click();
  await expect(speakers.invitationDialog()).toBeHidden();
  await expect(speakers.card('Idé', 'Karen Vestergaard')).toContainText('Foreslået af Mette Kragh');

  await speakers.moveWithMenu('Idé', 'Karen Vestergaard', 'Spurgt');
  await speakers.moveByDragging('Spurgt', 'Karen Vestergaard', 'Bekræftet');

  // The group page keeps its open tab when another group is chosen.
  await groups.groupInList(SECOND_NAME).click();
  await speakers.openDirectory();
  await expect(app.page.getByText('Kartoteket er tomt.', { exact: false })).toBeVisible();
  await speakers.copyFromOtherGroup('Karen Vestergaard', DEMO_NAME);

  await speakers.openPipeline();
  await speakers.fillInvitation({ existingSpeaker: 'Karen Vestergaard', meeting: firstMeeting });
  await speakers.invitationDialog().getByRole('button', { name: 'Opret invitation' }).click();
  const warning = speakers.invitationDialog().getByRole('alert');
  await expect(warning).toContainText('Vær opmærksom, før du gemmer');
  await expect(warning).toContainText(`Karen Vestergaard er allerede booket`);
  await expect(warning).toContainText(`i ${DEMO_NAME}`);
  // Nothing was saved by the check; going back leaves the board empty.
  await speakers.invitationDialog().getByRole('button', { name: 'Tilbage' }).click();
  await speakers.invitationDialog().getByRole('button', { name: 'Annuller' }).click();
  await expect(app.page.getByText('Ingen invitationer endnu')).toBeVisible();
});

test('an e-mail draft is previewed in the group language and saved as an .eml file', async ({ app }) => {
  const groups = new GroupsPage(app.page);
  const speakers = new SpeakersPage(app.page);
  await groups.openGroup(DEMO_NAME);
  await speakers.openPipeline();
  await app.page.setViewportSize({ width: 1600, height: 720 });
  await expect(speakers.card('Bekræftet', 'Eva Holst')).toBeVisible();
  await app.page.screenshot({ path: readmeScreenshotPath('speaker-pipeline.png') });

  const dialog = await speakers.openMailDraft('Bekræftet', 'Eva Holst');
  await expect(dialog.getByLabel('Emne')).toHaveValue(new RegExp(`^Bekræftelse: dit oplæg i ${DEMO_NAME} \\w+dag den`));
  await expect(dialog.getByLabel('Tekst')).toHaveValue(/^Kære Eva\n\nTusind tak, fordi du har sagt ja til at holde oplæg om AI i drift/);
  const subject = await dialog.getByLabel('Emne').inputValue();

  const download = app.page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Gem som .eml' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.eml$/);
  const eml = await readFile((await file.path())!, 'utf8');
  expect(decodedSubject(eml)).toBe(subject);
  expect(eml).toContain('X-Unsent: 1');
});

/** The Subject header with its RFC 2047 encoded words decoded and its folded lines joined. */
function decodedSubject(eml: string): string {
  const header = /^Subject: (.*(?:\r\n .*)*)/m.exec(eml)?.[1] ?? '';
  return header
    .split('\r\n ')
    .map((word) => word.replace(/^=\?UTF-8\?B\?(.*)\?=$/, (_whole, base64: string) => Buffer.from(base64, 'base64').toString('utf8')))
    .join('');
}
