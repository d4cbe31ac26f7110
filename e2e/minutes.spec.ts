// Minutes that respect the room: notes on two talks and a round, one passage kept in the room, both versions exported
// and read back from the .docx, and the text still there after a restart.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures/app-fixture';
import { GroupsPage } from './pages/groups-page';
import { MinutesPage } from './pages/minutes-page';

const GROUP = 'IT-ledernetværk Syd';
const TALK_ONE = 'Oplæg: Cloud-økonomi i praksis';
const TALK_TWO = 'Oplæg: NIS2 et år efter';

// A group with a held meeting that has an agenda (check-in, two talks, a break, a closing round) and a next meeting.
const workspace = {
  schemaVersion: 3,
  group: { id: 'grp-syd', name: GROUP, language: 'da', archived: false, createdAt: '2026-01-05T09:00:00.000Z', description: '' },
  members: [
    { id: 'm-anne', name: 'Anne Holm', employments: [{ organisation: 'Region Syd', title: 'CIO', sector: 'region' }] },
    { id: 'm-bent', name: 'Bent Lauridsen', employments: [{ organisation: 'Sønderby Kommune', title: 'IT-chef', sector: 'municipality' }] },
    { id: 'm-carla', name: 'Carla Juhl', employments: [{ organisation: 'Vadehav Energi A/S', title: 'CDO', sector: 'private' }] },
  ],
  speakers: [],
  meetings: [
    {
      id: 'meet-sep',
      date: '2026-09-10',
      startTime: '09:30',
      endTime: '15:30',
      kind: 'fullDay',
      hostOrganisation: 'Region Syd',
      address: 'Damhaven 12, 7100 Vejle',
      theme: 'Sikker og billig drift',
      agenda: [
        { id: 'ai-checkin', kind: 'checkIn', title: 'Bordet rundt', durationMinutes: 45 },
        { id: 'ai-talk1', kind: 'talk', title: TALK_ONE, durationMinutes: 60 },
        { id: 'ai-break', kind: 'lunch', title: 'Frokost', durationMinutes: 45 },
        { id: 'ai-talk2', kind: 'talk', title: TALK_TWO, durationMinutes: 60 },
        { id: 'ai-closing', kind: 'closingRound', title: 'Afrunding og næste tema', durationMinutes: 30 },
      ],
    },
    { id: 'meet-dec', date: '2099-12-03', startTime: '09:30', endTime: '15:30', kind: 'fullDay', hostOrganisation: 'Sønderby Kommune' },
  ],
};

const SHAREABLE = 'Delbart: FinOps-teamet sparede 18 procent på et år';
const MEMBERS_ONLY = 'Kun for medlemmer: budgettallene fra regionen';
const IN_THE_ROOM = 'Fortroligt: omstrukturering i Sønderby inden jul';
const ROUND_IN_ROOM = 'Travl periode med nyt ledelseslag';
const ROUND_SHARED = 'Tager NIS2-erfaringerne med hjem';
const ROUND_CLOSING = 'Godt at høre, at andre også kæmper med licenserne';
const DECISION = 'Gruppen deler FinOps-skabelonen med hinanden';
const ACTION = 'Send FinOps-skabelonen rundt til gruppen';
const NEXT_THEME = 'Licensforhandlinger med de store leverandører';
const LAST_WORDS = 'Skrevet lige før appen lukkede';

test.use({
  appOptions: {
    beforeStart: async ({ workspacesDir }) => {
      await writeFile(path.join(workspacesDir, 'it-ledernetvaerk-syd.json'), JSON.stringify(workspace, null, 2));
    },
  },
});

function documentXml(bytes: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  // Word splits text into runs; join the text nodes so a sentence can be found whole.
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

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

  // For looking at; with NETVAERK_UPDATE_DOCS=1 the README's picture is renewed too (e2e/screenshots is not committed).
  const lookDir = path.join(import.meta.dirname, 'screenshots');
  const screenshotDir = process.env.NETVAERK_UPDATE_DOCS ? path.resolve('docs', 'screenshots') : lookDir;
  await mkdir(screenshotDir, { recursive: true });
  await mkdir(lookDir, { recursive: true });
  await app.page.setViewportSize({ width: 1280, height: 960 });
  await minutes.agendaItem(TALK_ONE).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  // Below the app header and the editor's sticky header.
  await app.page.mouse.wheel(0, -175);
  await app.page.screenshot({ path: path.join(screenshotDir, 'minutes-editor.png') });

  // The closing round raises a theme and chooses it for the next meeting.
  await minutes.raiseTheme('Carla Juhl', NEXT_THEME);
  await minutes.chooseNextTheme(NEXT_THEME);
  await expect(minutes.nextThemeSection()).toContainText(`Næste møde 3. dec. 2099: ${NEXT_THEME}`);

  const members = await minutes.exportVersion('Medlemsversion');
  expect(members.fileName).toMatch(/\.docx$/);
  const membersText = documentXml(members.bytes);
  expect(membersText).toContain(SHAREABLE);
  expect(membersText).toContain('Mål hver måned');
  expect(membersText).toContain(DECISION);
  expect(membersText).toContain(ACTION);
  expect(membersText).toContain(ROUND_CLOSING);
  expect(membersText).toContain(NEXT_THEME);
  expect(membersText).toContain(MEMBERS_ONLY);
  expect(membersText).toContain(ROUND_SHARED);
  expect(membersText).not.toContain(IN_THE_ROOM);
  expect(membersText).not.toContain(ROUND_IN_ROOM);
  // docs/screenshots/minutes-document.png is this file's page 1: `soffice --headless --convert-to pdf`, then
  // `pdftoppm -png -r 60 -f 1 -l 1`.
  await writeFile(path.join(lookDir, 'minutes-members.docx'), members.bytes);

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

  // The action agreed here is followed up across meetings; ticking it off can be undone.
  await app.page.getByRole('tab', { name: 'Opfølgning' }).click();
  await app.page.getByText('Åbne (1)').click();
  await expect(minutes.main().getByRole('row', { name: new RegExp(ACTION) })).toContainText('Anne Holm');
  await minutes.main().getByRole('checkbox', { name: `Markér «${ACTION}» som udført` }).click();
  await app.page.getByRole('button', { name: 'Fortryd' }).click();
  await expect(minutes.main().getByRole('checkbox', { name: `Markér «${ACTION}» som udført` })).not.toBeChecked();
  await app.page.screenshot({ path: path.join(lookDir, 'follow-up.png') });

  // Autosaved, not lost: typed just before the app closes, and without waiting for the autosave's quiet time, an
  // entry is flushed as the page goes away; after a restart it and the notes with their levels are still there.
  await app.page.getByRole('tab', { name: 'Referater' }).click();
  await minutes.roundEntry('Afrunding', 'Anne Holm').fill(LAST_WORDS);
  await app.restart();
  await new GroupsPage(app.page).openGroup(GROUP);
  const reopened = new MinutesPage(app.page);
  await reopened.open();
  await expect(reopened.noteField(TALK_TWO, 2)).toHaveValue(IN_THE_ROOM);
  await expect(reopened.roundEntry('Afrunding', 'Anne Holm')).toHaveValue(LAST_WORDS);
  await expect(reopened.levelOf(`Noter til ${TALK_TWO} (2)`).getByRole('radio', { name: 'I rummet' })).toBeChecked();
});
