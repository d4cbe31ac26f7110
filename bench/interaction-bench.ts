// Every click and write of issue 15 on the twenty-year group, measured inside the page: the browser's Event Timing
// (the longest entry of each interaction) and, for writes, the submit → the animation frame that shows the result.
// `--breakdown` (bench/interactions-only.ts) adds what happened meanwhile: API calls by method and bytes, React commits
// and the components they rendered — the figures docs/PERFORMANCE.md's write-path sections are made of.
import type { Browser, Page } from '@playwright/test';
import type { Workspace } from '../src-main/domain/model';
import { generateWorkspace, TWENTY_YEARS } from './generate-workspace';
import { summarize } from './measure';
import { installPageRecorder, measureInteraction, type InteractionResult, type PaintProbe } from './page-recorder';
import { row, type Row } from './report';

interface WebHost {
  url: string;
  stop: () => Promise<void>;
}

/** One measured interaction: `prepare` brings the page to where it starts (not timed), `act` is timed to `probe`. */
export interface Interaction {
  name: string;
  /** A write: its submit → painted figure gets the write targets. */
  write: boolean;
  prepare: (page: Page, round: number) => Promise<void>;
  act: (page: Page, round: number) => Promise<void>;
  probe: (round: number) => PaintProbe;
  /** Leaves the page where the next round's `prepare` expects it. */
  after?: (page: Page, round: number) => Promise<void>;
}

const main = (page: Page) => page.getByRole('main');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const dialog = (page: Page) => page.getByRole('dialog');

async function openTab(page: Page, name: string, heading = name): Promise<void> {
  if ((await tab(page, name).getAttribute('aria-selected')) !== 'true') await tab(page, name).click();
  await main(page).getByRole('heading', { level: 2, name: heading }).first().waitFor();
}

async function dialogClosed(page: Page): Promise<void> {
  await dialog(page).waitFor({ state: 'hidden' });
}

const benchName = (what: string, round: number) => `Bench ${what} ${round + 1}`;

export const INTERACTIONS: Interaction[] = [
  {
    name: 'tab switch: overview → members',
    write: false,
    prepare: (page) => openTab(page, 'Overblik', 'Netværk tyve år'),
    act: (page) => tab(page, 'Medlemmer').click(),
    probe: () => ({ selector: 'table[aria-label="Medlemmer"] tbody tr', count: 10 }),
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
    name: 'add a speaker',
    write: true,
    prepare: async (page, round) => {
      await openTab(page, 'Oplægsholdere');
      await main(page).getByRole('button', { name: 'Tilføj oplægsholder' }).click();
      await dialog(page).getByRole('textbox', { name: 'Navn' }).fill(benchName('Oplægsholder', round));
      await main(page).page().getByRole('textbox', { name: 'Søg i kartoteket' }).isVisible();
    },
    act: (page) => dialog(page).getByRole('button', { name: 'Tilføj', exact: true }).click(),
    probe: () => ({ selector: '[role="dialog"]', gone: true }),
    after: dialogClosed,
  },
];

export interface InteractionFigures {
  name: string;
  write: boolean;
  results: InteractionResult[];
}

export async function measureInteractions(
  browser: Browser,
  startHost: (workspaces: readonly Workspace[]) => Promise<WebHost>,
  options: { rounds: number; only?: string; breakdown: boolean },
): Promise<InteractionFigures[]> {
  const workspace = generateWorkspace(17, TWENTY_YEARS, 'Netværk tyve år');
  const host = await startHost([workspace]);
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
      for (let round = 0; round < options.rounds; round += 1) {
        await interaction.prepare(page, round);
        await page.waitForTimeout(300); // let the preparation's own work settle
        results.push(await measureInteraction(page, () => interaction.act(page, round), interaction.probe(round)));
        await interaction.after?.(page, round);
      }
      figures.push({ name: interaction.name, write: interaction.write, results });
    }
  } finally {
    await context.close();
    await host.stop();
  }
  return figures;
}

export function interactionRows(figures: readonly InteractionFigures[]): Row[] {
  return figures.flatMap(({ name, write, results }) => {
    const timing = summarize(results.flatMap((result) => result.eventTimingMs));
    const painted = summarize(results.map((result) => result.paintedMs));
    const longest = Math.max(0, ...results.map((result) => result.longestTaskMs));
    return [
      row('interaction', `${name}: Event Timing p50 of ${timing.runs}`, timing.p50, 'ms', { max: 50 }),
      row('interaction', `${name}: Event Timing p95`, timing.p95, 'ms', { max: 100 }),
      row('interaction', `${name}: ${write ? 'submit' : 'click'} → result painted, p50`, painted.p50, 'ms', write ? { max: 100 } : {}),
      row('interaction', `${name}: ${write ? 'submit' : 'click'} → result painted, p95`, painted.p95, 'ms', write ? { max: 150 } : {}),
      row('interaction', `${name}: longest main-thread task`, longest, 'ms', { max: 50 }),
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
