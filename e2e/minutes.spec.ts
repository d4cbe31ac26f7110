// Minutes that respect the room: notes on two talks and a round, one passage kept in the room, both versions exported
// and read back from the .docx. (Autosave across a restart and the follow-up of actions: minutes-follow-up.spec.ts;
// taking minutes by keyboard alone: minutes-keyboard.spec.ts; the next meeting's theme: minutes-next-theme.spec.ts.)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures/app-fixture';
import { documentXml } from './fixtures/docx-text';
import { GROUP, TALK_ONE, TALK_TWO, withMinutesGroup } from './fixtures/minutes-workspace';
import { LOOK_AT_SCREENSHOTS, readmeScreenshotPath } from './fixtures/screenshot-path';
import { GroupsPage } from './pages/groups-page';
import { MinutesPage } from './pages/minutes-page';

const SHAREABLE = 'Delbart: FinOps-teamet sparede 18 procent på et år';
const MEMBERS_ONLY = 'Kun for medlemmer: budgettallene fra regionen';
const IN_THE_ROOM = 'Fortroligt: omstrukturering i Sønderby inden jul';
const ROUND_IN_ROOM = 'Travl periode med nyt ledelseslag';
const ROUND_SHARED = 'Tager NIS2-erfaringerne med hjem';
const ROUND_CLOSING = 'Godt at høre, at andre også kæmper med licenserne';
const DECISION = 'Gruppen deler FinOps-skabelonen med hinanden';
const ACTION = 'Send FinOps-skabelonen rundt til gruppen';

test.use({ appOptions: withMinutesGroup() });


test('minutes of two talks and a round, with one passage in the room, export as members’ and shareable versions', async ({ app }) => {
  await new GroupsPage(app.page).openGroup(GROUP);
  const minutes = new MinutesPage(app.page);
  await minutes.open();
  await expect(minutes.main()).toContainText('Torsdag 10. september 2026');
  await expect(minutes.agendaItem(TALK_ONE)).toBeVisible();
  await expect(minutes.agendaItem(TALK_TWO)).toBeVisible();

  // Talk one: shareable. Talk two: a members' passage and a second passage that stays in the room.
  await minutes.noteField(TALK_ONE).fill(`${SHAREABLE}\nTag ejerskab for forbruget\nMål hver måned`);
  await minutes.format(minutes.noteField(TALK_ONE), '18 procent', 'Fed');
  await minutes.format(minutes.noteField(TALK_ONE), 'Tag ejerskab for forbruget\nMål hver måned', 'Punktopstilling');
  await expect(minutes.noteField(TALK_ONE)).toHaveValue(/sparede \*\*18 procent\*\* på et år\n\n- Tag ejerskab for forbruget\n- Mål hver måned$/);
  await expect(minutes.agendaItem(TALK_ONE).getByText('Sådan ser det ud')).toBeVisible();
  await minutes.setLevel(`Noter til ${TALK_ONE}`, 'Kan deles');
  await minutes.noteField(TALK_TWO).fill(MEMBERS_ONLY);
  await minutes.addPassage(TALK_TWO);
  await minutes.noteField(TALK_TWO, 2).fill(IN_THE_ROOM);
  await minutes.setLevel(`Noter til ${TALK_TWO} (2)`, 'I rummet');

  // The check-in round: entries start in the room; one is marked shareable.
  await expect(minutes.levelOf('Bordet rundt: Anne Holm').getByRole('radio', { name: 'I rummet' })).toBeChecked();
  await minutes.roundEntry('Bordet rundt', 'Anne Holm').fill(ROUND_IN_ROOM);
  await minutes.roundEntry('Bordet rundt', 'Bent Lauridsen').fill(ROUND_SHARED);
  await minutes.setLevel('Bordet rundt: Bent Lauridsen', 'Kan deles');
  // A decision and an action, as a meeting that ends in actions has.
  await minutes.addDecision(DECISION);
  await minutes.setLevel('Beslutning 1', 'Kan deles');
  await minutes.addAction(ACTION, 'Anne Holm');
  await minutes.roundEntry('Afrunding', 'Carla Juhl').fill(ROUND_CLOSING);
  await minutes.setLevel('Afrunding: Carla Juhl', 'Medlemmer');
  await minutes.waitUntilSaved();

  await mkdir(LOOK_AT_SCREENSHOTS, { recursive: true });
  await app.page.setViewportSize({ width: 1280, height: 960 });
  await minutes.agendaItem(TALK_ONE).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  // Below the app header and the editor's sticky header.
  await app.page.mouse.wheel(0, -175);
  await app.page.screenshot({ path: readmeScreenshotPath('minutes-editor.png') });


  const members = await minutes.exportVersion('Medlemsversion');
  expect(members.fileName).toMatch(/\.docx$/);
  const membersText = documentXml(members.bytes);
  expect(membersText).toContain(SHAREABLE);
  expect(membersText).toContain('Mål hver måned');
  expect(membersText).toContain(DECISION);
  expect(membersText).toContain(ACTION);
  expect(membersText).toContain(ROUND_CLOSING);
  expect(membersText).toContain(MEMBERS_ONLY);
  expect(membersText).toContain(ROUND_SHARED);
  expect(membersText).not.toContain(IN_THE_ROOM);
  expect(membersText).not.toContain(ROUND_IN_ROOM);
  // docs/screenshots/minutes-document.png is this file's page 1: `soffice --headless --convert-to pdf`, then
  // `pdftoppm -png -r 60 -f 1 -l 1`.
  await writeFile(path.join(LOOK_AT_SCREENSHOTS, 'minutes-members.docx'), members.bytes);

  const shareable = await minutes.exportVersion('Version der kan deles');
  const shareableText = documentXml(shareable.bytes);
  expect(shareableText).toContain(SHAREABLE);
  expect(shareableText).toContain(ROUND_SHARED);
  expect(shareableText).toContain(DECISION);
  expect(shareableText).not.toContain(MEMBERS_ONLY);
  expect(shareableText).not.toContain(ACTION);
  expect(shareableText).not.toContain(ROUND_CLOSING);
  expect(shareableText).not.toContain(IN_THE_ROOM);
  expect(shareableText).not.toContain(ROUND_IN_ROOM);
});
