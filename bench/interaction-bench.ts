// Every click and write of issue 15 on the twenty-year group, measured inside the page: the browser's Event Timing
// (the longest entry of each interaction) and, for writes, the submit → the animation frame that shows the result.
// `--breakdown` (bench/interactions-only.ts) adds what happened meanwhile: API calls by method and bytes, React commits
// and the components they rendered — the figures docs/PERFORMANCE.md's write-path sections are made of.
import type { Browser, Page } from '@playwright/test';
import type { Meeting, Workspace } from '../src-main/domain/model';
import type { Confidentiality } from '../src-main/domain/minutes-model';
import { matchPerson } from '../src-main/domain/invitation-conflicts';
import { currentMembers as currentOn } from '../src-main/domain/people';
import { localIsoDate } from '../src-main/domain/summaries';
import { describePhases } from './event-timing-phases';
import { generateWorkspace, TWENTY_YEARS } from './generate-workspace';
import { summarize } from './measure';
import { installPageRecorder, measureInteraction, type InteractionResult, type PaintProbe } from './page-recorder';
import { row, type Row } from './report';

interface WebHost {
  url: string;
  stop: () => Promise<void>;
}

/** The data the page holds, for interactions that pick a member, a speaker or a year from it. */
export interface BenchData {
  workspace: Workspace;
  /** The second, smaller group: switched to, and checked against when a pipeline card moves (its conflict check). */
  other: Workspace;
  otherGroupName: string;
}

/** One measured interaction: `prepare` brings the page to where it starts (not timed), `act` is timed to `probe`. */
export interface Interaction {
  name: string;
  /** A write: its submit → painted figure gets the write targets. */
  write: boolean;
  prepare: (page: Page, round: number, data: BenchData) => Promise<void>;
  act: (page: Page, round: number, data: BenchData) => Promise<void>;
  probe: (round: number, data: BenchData) => PaintProbe;
  /** Leaves the page where the next round's `prepare` expects it. */
  after?: (page: Page, round: number, data: BenchData) => Promise<void>;
  /** Interactions `act` makes (key presses typed): each one's Event Timing counts. */
  interactions?: number;
  /** What starts a non-write's painted figure, in its row: a click unless said otherwise. */
  trigger?: string;
}

const main = (page: Page) => page.getByRole('main');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const dialog = (page: Page) => page.getByRole('dialog');
const GROUP_NAME = 'Netværk tyve år';

async function openTab(page: Page, name: string, heading: string | RegExp = name): Promise<void> {
  if ((await tab(page, name).getAttribute('aria-selected')) !== 'true') await tab(page, name).click();
  await main(page).getByRole('heading', { level: 2, name: heading }).first().waitFor({ timeout: 60_000 });
}

async function dialogClosed(page: Page): Promise<void> {
  await dialog(page).waitFor({ state: 'hidden' });
}

/** An autosaving editor's edit on disk: its status leaves "saved" as the edit is made and comes back once it is written. */
async function savedAfterEdit(page: Page): Promise<void> {
  await main(page).locator('[data-autosave="saved"]').first().waitFor({ timeout: 60_000 });
}

async function addMember(page: Page, name: string): Promise<void> {
  await openTab(page, 'Medlemmer');
  await main(page).getByRole('button', { name: 'Tilføj medlem' }).click();
  await dialog(page).getByRole('textbox', { name: 'Navn' }).fill(name);
  await dialog(page).getByRole('textbox', { name: 'Organisation' }).fill('Bench A/S');
  await dialog(page).getByRole('button', { name: 'Tilføj medlem' }).click();
  await dialogClosed(page);
}

const benchName = (what: string, round: number) => `Bench ${what} ${round + 1}`;
const daNumber = (value: number) => value.toLocaleString('da-DK');
/** The records of `list` whose name no other record has (the generator repeats names), so a label finds one row. */
function uniquelyNamed<Item extends { name: string }>(list: readonly Item[]): Item[] {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
  return list.filter((item) => counts.get(item.name) === 1);
}
/** Current members in roster order (the ones the table shows) with a name of their own. */
const currentMembers = ({ workspace }: BenchData) => uniquelyNamed(workspace.members).filter((member) => member.left === undefined);
/**
 * Speakers to open from the directory. Not picked by a name of their own: the generator gives 5,000 speakers 400 names,
 * so none has one. The directory opens the first speaker found by the name, and the rows check the dialog, not the list.
 */
const speakersToOpen = ({ workspace }: BenchData) => workspace.speakers;

/** The meeting the minutes tab opens on: the latest one that has begun (today included), as the page picks it. */
function minutesMeeting({ workspace }: BenchData): Meeting {
  const today = localIsoDate(new Date());
  return [...workspace.meetings].sort((a, b) => a.date.localeCompare(b.date)).filter((meeting) => meeting.date <= today).at(-1)!;
}
/** The first note of that meeting, whose confidentiality level the bench toggles. */
const toggledNote = (data: BenchData) => minutesMeeting(data).minutes!.notes[0]!;
const LEVELS: readonly Confidentiality[] = ['room', 'members', 'shareable'];
const LEVEL_LABELS: Record<Confidentiality, string> = { room: 'I rummet', members: 'Medlemmer', shareable: 'Kan deles' };
/** The note's level after `rounds` toggles, each to the next level in the control's order. */
const levelAfter = (data: BenchData, rounds: number) => LEVELS[(LEVELS.indexOf(toggledNote(data).level) + rounds) % LEVELS.length]!;
const noteEntry = (data: BenchData) => `[data-entry-key="note:${toggledNote(data).id}"]`;

/**
 * Ideas (undated invitations) a menu can move to "Spurgt" without a conflict dialog: their speaker is nobody in the other
 * group (the check matches people across groups by e-mail, else by name), so the move is one click. One per round.
 */
const movableIdeas = ({ workspace, other }: BenchData) => {
  const speakers = new Map(workspace.speakers.map((speaker) => [speaker.id, speaker]));
  return workspace.invitations.filter((invitation) => {
    const speaker = speakers.get(invitation.speakerId);
    return invitation.state === 'idea' && speaker !== undefined && !other.speakers.some((candidate) => matchPerson(speaker, candidate) !== undefined);
  });
};
const ideaCard = (page: Page, round: number, data: BenchData) => main(page).locator(`[data-invitation="${movableIdeas(data)[round]!.id}"]`);

const paletteField = (page: Page) => page.getByRole('textbox', { name: 'Søg efter sider, personer, møder og handlinger' });
/** A member's name typed into the palette; the last letter is the measured keystroke (a plain letter, so it is a key press). */
const paletteQuery = (round: number, data: BenchData) => currentMembers(data).filter((member) => /[a-z]$/.test(member.name))[round * 7]!.name;
const paletteSearchLabel = (query: string) => `Søg i alt efter "${query}"`;

/** The group's member count as the overview shows it, and the one the open snapshot restores (the generated members current today). */
const MEMBERS_FACT = '[aria-label="Gruppen i tal"] [aria-label="Medlemmer"]';
const membersAtOpen = ({ workspace }: BenchData) => currentOn(workspace.members, localIsoDate(new Date())).length;
const backupsSection = (page: Page) => main(page).locator('section[aria-labelledby="backups-heading"]');

async function openMemberMenu(page: Page, name: string, item: string): Promise<void> {
  await main(page).getByRole('button', { name: `Handlinger for ${name}`, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Finds a speaker by search in the directory and opens the drawer with their details. */
async function openSpeaker(page: Page, name: string): Promise<void> {
  await openTab(page, 'Oplægsholdere');
  await page.getByRole('textbox', { name: 'Søg i kartoteket' }).fill(name);
  await page.getByRole('list', { name: 'Oplægsholdere' }).getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
  await dialog(page).getByRole('button', { name: 'Redigér' }).waitFor();
}

const tabSwitch = (name: string, probe: PaintProbe, heading: string | RegExp = name): Interaction => ({
  name: `tab switch: overview → ${name}`,
  write: false,
  prepare: (page) => openTab(page, 'Overblik', GROUP_NAME),
  act: (page) => tab(page, name).click(),
  probe: () => probe,
  after: (page) => main(page).getByRole('heading', { level: 2, name: heading }).first().waitFor({ timeout: 60_000 }),
});

export const INTERACTIONS: Interaction[] = [
  tabSwitch('Møder', { selector: 'table[aria-label="Møder"] tbody tr', count: 10 }),
  tabSwitch('Dagsorden', { selector: 'main h2', text: 'Dagsorden' }),
  tabSwitch('Medlemmer', { selector: 'table[aria-label="Medlemmer"] tbody tr', count: 10 }),
  tabSwitch('Oplægsholdere', { selector: 'ul[aria-label="Oplægsholdere"] > li', count: 5 }),
  tabSwitch('Referater', { selector: 'main h2', text: 'Referat' }, /^Referat/),
  {
    name: 'group switch',
    write: false,
    prepare: (page) => openTab(page, 'Overblik', GROUP_NAME),
    act: (page, _round, data) => page.getByRole('navigation', { name: 'Grupper' }).getByRole('button', { name: new RegExp(`^${data.otherGroupName}`) }).click(),
    probe: (_round, data) => ({ selector: 'main h2', text: data.otherGroupName }),
    after: async (page) => {
      await page.getByRole('navigation', { name: 'Grupper' }).getByRole('button', { name: new RegExp(`^${GROUP_NAME}`) }).click();
      await main(page).getByRole('heading', { level: 2, name: GROUP_NAME }).waitFor();
    },
  },
  {
    name: 'open a dialog: "Tilføj medlem"',
    write: false,
    prepare: (page) => openTab(page, 'Medlemmer'),
    act: (page) => main(page).getByRole('button', { name: 'Tilføj medlem' }).click(),
    probe: () => ({ selector: '[role="dialog"] input[data-autofocus]' }),
    after: async (page) => {
      await page.keyboard.press('Escape');
      await dialogClosed(page);
    },
  },
  {
    name: 'open the palette (Ctrl+K)',
    write: false,
    prepare: (page) => openTab(page, 'Overblik', GROUP_NAME),
    act: (page) => page.keyboard.press('Control+k'),
    probe: () => ({ selector: 'input[aria-label="Søg efter sider, personer, møder og handlinger"]' }),
    after: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('textbox', { name: 'Søg efter sider, personer, møder og handlinger' }).waitFor({ state: 'hidden' });
    },
  },
  {
    // The palette is open with all but the last letter typed; the last key press is measured to the results drawn for it
    // (the "search everything" line is drawn in the same render as the ranked results, and only it names the full query).
    name: 'palette search',
    write: false,
    trigger: 'keystroke',
    prepare: async (page, round, data) => {
      await openTab(page, 'Overblik', GROUP_NAME);
      await page.keyboard.press('Control+k');
      const query = paletteQuery(round, data);
      await paletteField(page).fill(query.slice(0, -1));
      await page.getByRole('dialog').getByRole('button', { name: paletteSearchLabel(query.slice(0, -1)) }).waitFor();
    },
    act: (page, round, data) => page.keyboard.press(paletteQuery(round, data).slice(-1)),
    probe: (round, data) => ({ selector: '[role="dialog"] button[data-action]', text: paletteSearchLabel(paletteQuery(round, data)) }),
    after: async (page) => {
      await page.keyboard.press('Escape');
      await paletteField(page).waitFor({ state: 'hidden' });
    },
  },
  {
    name: 'add a member',
    write: true,
    prepare: async (page, round) => {
      await openTab(page, 'Medlemmer');
      await main(page).getByRole('button', { name: 'Tilføj medlem' }).click();
      await dialog(page).getByRole('textbox', { name: 'Navn' }).fill(benchName('Medlem', round));
      await dialog(page).getByRole('textbox', { name: 'Organisation' }).fill('Bench A/S');
    },
    act: (page) => dialog(page).getByRole('button', { name: 'Tilføj medlem' }).click(),
    probe: (round) => ({ selector: 'table[aria-label="Medlemmer"] tbody tr', text: benchName('Medlem', round) }),
    after: dialogClosed,
  },
  {
    name: 'edit a member',
    write: true,
    prepare: async (page, round, data) => {
      await openTab(page, 'Medlemmer');
      await openMemberMenu(page, currentMembers(data)[round]!.name, 'Redigér');
      await dialog(page).getByRole('textbox', { name: 'E-mail' }).fill(`bench${round + 1}@example.dk`);
    },
    act: (page) => dialog(page).getByRole('button', { name: 'Gem' }).click(),
    probe: (round) => ({ selector: 'table[aria-label="Medlemmer"] tbody td', text: `bench${round + 1}@example.dk` }),
    after: dialogClosed,
  },
  {
    name: 'delete a member',
    write: true,
    prepare: async (page, round, data) => {
      await openTab(page, 'Medlemmer');
      await openMemberMenu(page, currentMembers(data).at(-1 - round)!.name, 'Slet');
      await dialog(page).getByRole('button', { name: 'Slet' }).waitFor();
    },
    act: (page) => dialog(page).getByRole('button', { name: 'Slet' }).click(),
    probe: (round, data) => ({ selector: 'table[aria-label="Medlemmer"] tbody td', text: currentMembers(data).at(-1 - round)!.name, gone: true }),
    after: dialogClosed,
  },
  {
    name: 'add a speaker',
    write: true,
    prepare: async (page, round) => {
      await openTab(page, 'Oplægsholdere');
      await main(page).getByRole('button', { name: 'Tilføj oplægsholder' }).click();
      await dialog(page).getByRole('textbox', { name: 'Navn' }).fill(benchName('Oplægsholder', round));
    },
    act: (page) => dialog(page).getByRole('button', { name: 'Tilføj', exact: true }).click(),
    // The count as the page writes it: with or without the Danish thousands separator, as the app's number formatting has had both.
    probe: (round, data) => {
      const count = data.workspace.speakers.length + round + 1;
      return { selector: 'main', text: [`${daNumber(count)} oplægsholdere i kartoteket`, `${count} oplægsholdere i kartoteket`] };
    },
    after: dialogClosed,
  },
  {
    name: 'edit a speaker',
    write: true,
    prepare: async (page, round, data) => {
      await openSpeaker(page, speakersToOpen(data)[round]!.name);
      await dialog(page).getByRole('button', { name: 'Redigér' }).click();
      await page.getByRole('dialog', { name: /^Redigér/ }).getByRole('textbox', { name: 'Organisation' }).fill(`Bench Org ${round + 1}`);
    },
    act: (page) => page.getByRole('dialog', { name: /^Redigér/ }).getByRole('button', { name: 'Gem' }).click(),
    probe: (round) => ({ selector: '[role="dialog"]', text: `Bench Org ${round + 1}` }),
    after: async (page) => {
      await page.keyboard.press('Escape');
      await dialogClosed(page);
    },
  },
  {
    // A speaker added for it (untimed): the directory offers "Slet" only for a speaker without talks, and the generated
    // names are shared, so one found by name may have some.
    name: 'delete a speaker',
    write: true,
    prepare: async (page, round) => {
      await openTab(page, 'Oplægsholdere');
      await main(page).getByRole('button', { name: 'Tilføj oplægsholder' }).click();
      await dialog(page).getByRole('textbox', { name: 'Navn' }).fill(benchName('Slet', round));
      await dialog(page).getByRole('button', { name: 'Tilføj', exact: true }).click();
      await dialogClosed(page);
      await openSpeaker(page, benchName('Slet', round));
      await dialog(page).getByRole('button', { name: 'Slet' }).click();
      await page.getByRole('dialog', { name: /^Slet/ }).getByRole('button', { name: 'Slet' }).waitFor();
    },
    act: (page) => page.getByRole('dialog', { name: /^Slet/ }).getByRole('button', { name: 'Slet' }).click(),
    // The result is the speaker gone from the directory. The two dialogs then fade out over Mantine's 200 ms, which
    // the probe used to wait for (~480 ms in all): an animation that starts in the same frame, not a wait.
    probe: (round) => ({ selector: '[aria-label="Oplægsholdere"]', text: benchName('Slet', round), gone: true }),
    after: async (page) => {
      await dialogClosed(page);
      await page.getByRole('textbox', { name: 'Søg i kartoteket' }).fill('');
    },
  },
  {
    name: 'save a meeting',
    write: true,
    prepare: async (page, round) => {
      await openTab(page, 'Møder');
      await main(page).getByRole('button', { name: /^Handlinger for mødet/ }).nth(round).click();
      await page.getByRole('menuitem', { name: 'Redigér' }).click();
      await dialog(page).getByRole('textbox', { name: 'Tema' }).fill(benchName('Tema', round));
    },
    act: (page) => dialog(page).getByRole('button', { name: 'Gem mødet' }).click(),
    probe: (round) => ({ selector: 'table[aria-label="Møder"] tbody td', text: benchName('Tema', round) }),
    after: dialogClosed,
  },
  {
    // Moved down with its button, then back up untimed (the move is saved by the agenda's autosave, waited for after).
    name: 'reorder an agenda item',
    write: true,
    prepare: async (page) => {
      await openTab(page, 'Dagsorden');
      await main(page).locator('li[aria-label="Punkt 1: Velkomst"]').waitFor();
    },
    act: (page) => main(page).getByRole('button', { name: 'Flyt ned: Velkomst', exact: true }).click(),
    probe: () => ({ selector: 'li[aria-label="Punkt 2: Velkomst"]' }),
    after: async (page) => {
      await savedAfterEdit(page);
      await main(page).getByRole('button', { name: 'Flyt op: Velkomst', exact: true }).click();
      await main(page).locator('li[aria-label="Punkt 1: Velkomst"]').waitFor();
      await savedAfterEdit(page);
    },
  },
  {
    // From the card's menu (the keyboard's way; drag and drop is not driven here): an idea moved to "Spurgt", a new card
    // each round. The result is the card drawn in its new column, after the conflict check and the move.
    name: 'move a pipeline card',
    write: true,
    prepare: async (page, round, data) => {
      await openTab(page, 'Forløb', 'Oplægsforløb');
      await ideaCard(page, round, data).getByRole('button').click();
      await page.getByRole('menuitem', { name: 'Spurgt', exact: true }).waitFor();
    },
    act: (page) => page.getByRole('menuitem', { name: 'Spurgt', exact: true }).click(),
    probe: (round, data) => ({ selector: `[data-state="asked"] [data-invitation="${movableIdeas(data)[round]!.id}"]` }),
  },
  {
    // A note of the meeting the minutes tab opens on, set to the next level each round.
    name: 'toggle a confidentiality level',
    write: true,
    prepare: async (page, round, data) => {
      await openTab(page, 'Referater', /^Referat/);
      await main(page).locator(`${noteEntry(data)}[data-level="${levelAfter(data, round)}"]`).waitFor();
    },
    act: (page, round, data) =>
      main(page).locator(`${noteEntry(data)} [role="radiogroup"] label`).filter({ hasText: LEVEL_LABELS[levelAfter(data, round + 1)] }).click(),
    probe: (round, data) => ({ selector: `${noteEntry(data)}[data-level="${levelAfter(data, round + 1)}"]` }),
    after: savedAfterEdit,
  },
  {
    name: 'plan a year',
    write: true,
    prepare: async (page, round) => {
      await openTab(page, 'Møder');
      await main(page).getByRole('button', { name: 'Planlæg året' }).click();
      await dialog(page).getByLabel('År').fill(String(2060 + round));
      await dialog(page).getByRole('button', { name: /^Gem (alle \d+ møder|1 møde)$/ }).waitFor();
    },
    act: (page) => dialog(page).getByRole('button', { name: /^Gem (alle \d+ møder|1 møde)$/ }).click(),
    probe: (round) => ({ selector: 'table[aria-label="Møder"] tbody td', text: String(2060 + round) }),
    after: dialogClosed,
  },
  {
    // The oldest backup (the copy taken when the group was opened) restored from the overview's backups panel, after a
    // member was added untimed so the restore visibly changes something. The result is the overview's member count back
    // at the opened group's; the restore first saves the group as it is as a backup of its own ("Før gendannelse").
    name: 'restore a backup',
    write: true,
    prepare: async (page, round, data) => {
      await addMember(page, benchName('Gendan', round));
      await openTab(page, 'Overblik', GROUP_NAME);
      // The overview shows the added member before the restore takes it away again.
      await page.waitForFunction(
        ([selector, restored]) => {
          const fact = document.querySelector(selector);
          return fact !== null && fact.textContent !== restored;
        },
        [MEMBERS_FACT, `Medlemmer${membersAtOpen(data)}`] as const,
      );
      await backupsSection(page).getByRole('button', { name: /^Gendan sikkerhedskopien fra / }).last().click();
      await page.getByRole('dialog', { name: 'Gendan sikkerhedskopi?' }).getByRole('button', { name: 'Gendan', exact: true }).waitFor();
    },
    act: (page) => page.getByRole('dialog', { name: 'Gendan sikkerhedskopi?' }).getByRole('button', { name: 'Gendan', exact: true }).click(),
    probe: (_round, data) => ({ selector: MEMBERS_FACT, text: `Medlemmer${membersAtOpen(data)}` }),
    after: dialogClosed,
  },
];

export interface InteractionFigures {
  name: string;
  write: boolean;
  trigger?: string;
  results: InteractionResult[];
}

export async function measureInteractions(
  browser: Browser,
  startHost: (workspaces: readonly Workspace[]) => Promise<WebHost>,
  options: { rounds: number; only?: string; breakdown: boolean; trace?: boolean },
): Promise<InteractionFigures[]> {
  const workspace = generateWorkspace(17, TWENTY_YEARS, GROUP_NAME);
  // A second, smaller group to switch to; named so the twenty-year group sorts first and opens at start.
  const other = generateWorkspace(18, { years: 2, members: 30, speakers: 200, invitations: 50, actions: 50 }, 'Øst-netværket');
  const data: BenchData = { workspace, other, otherGroupName: other.group.name };
  const host = await startHost([workspace, other]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await context.addInitScript(installPageRecorder, options.breakdown);
  const figures: InteractionFigures[] = [];
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await main(page).getByRole('heading', { level: 2, name: workspace.group.name }).waitFor({ timeout: 60_000 });
    for (const interaction of INTERACTIONS) {
      if (options.only && !interaction.name.includes(options.only)) continue;
      const results: InteractionResult[] = [];
      process.stderr.write(`  ${interaction.name}…\n`);
      for (let round = 0; round < options.rounds; round += 1) {
        await interaction.prepare(page, round, data);
        await page.waitForTimeout(300); // let the preparation's own work settle
        const act = () => interaction.act(page, round, data);
        results.push(await measureInteraction(page, act, interaction.probe(round, data), interaction.interactions, options.trace === true && round === options.rounds - 1));
        await interaction.after?.(page, round, data);
      }
      figures.push({ name: interaction.name, write: interaction.write, ...(interaction.trigger ? { trigger: interaction.trigger } : {}), results });
    }
  } finally {
    await context.close();
    await host.stop();
  }
  return figures;
}

export function interactionRows(figures: readonly InteractionFigures[]): Row[] {
  return figures.flatMap(({ name, write, trigger = 'click', results }) => {
    const timing = summarize(results.flatMap((result) => result.eventTimingMs));
    const painted = summarize(results.map((result) => result.paintedMs));
    const longest = Math.max(0, ...results.map((result) => result.longestTaskMs));
    return [
      row('interaction', `${name}: Event Timing p50 of ${timing.runs}`, timing.p50, 'ms', { atMost: 50 }),
      row('interaction', `${name}: Event Timing p95`, timing.p95, 'ms', { atMost: 100 }),
      row('interaction', `${name}: ${write ? 'submit' : trigger} → result painted, p50`, painted.p50, 'ms', write ? { atMost: 100 } : {}),
      row('interaction', `${name}: ${write ? 'submit' : trigger} → result painted, p95`, painted.p95, 'ms', write ? { atMost: 150 } : {}),
      row('interaction', `${name}: longest main-thread task`, longest, 'ms', { atMost: 50 }),
    ];
  });
}

/** The breakdown of one interaction's last round: calls by method (count, bytes, when), commits and their components. */
export function describeBreakdown({ name, results }: InteractionFigures): string {
  const last = results.at(-1);
  if (!last) return `${name}: no rounds`;
  const first = Math.min(...last.calls.map((call) => call.start), ...last.commits.map((commit) => commit.at));
  const lines = [`${name}: painted ${last.paintedMs.toFixed(0)} ms, event timing ${last.eventTimingMs.join('/')} ms, longest task ${last.longestTaskMs.toFixed(0)} ms`];
  for (const call of last.calls) {
    lines.push(`  call ${call.method.padEnd(28)} ${(call.start - first).toFixed(0).padStart(5)} → ${(call.end - first).toFixed(0).padStart(5)} ms  ${(call.bytes / 1024).toFixed(1)} kB`);
  }
  if (last.traceMs) {
    const total = Object.values(last.traceMs).reduce((sum, ms) => sum + ms, 0);
    const shares = Object.entries(last.traceMs).sort((a, b) => b[1] - a[1]).map(([kind, ms]) => `${kind} ${((100 * ms) / total).toFixed(0)}%`);
    lines.push(`  main thread (trace), ${total.toFixed(0)} ms busy: ${shares.join(', ')}`);
  }
  if (last.phases) lines.push(`  ${describePhases(last.phases)}`);
  const rendered = last.commits.reduce((sum, commit) => sum + commit.rendered.length, 0);
  lines.push(`  ${last.commits.length} commits, ${rendered} component renders`);
  for (const commit of last.commits) {
    const counts = new Map<string, number>();
    for (const component of commit.rendered) counts.set(component, (counts.get(component) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([component, count]) => `${component}×${count}`);
    lines.push(`    commit at ${(commit.at - first).toFixed(0).padStart(5)} ms: ${commit.rendered.length} renders (${top.join(', ')})`);
  }
  return lines.join('\n');
}
