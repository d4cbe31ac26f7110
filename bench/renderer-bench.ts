// Renderer figures in Debian's Chromium against the web host (the real UI over the real main-process code) with the
// 10-group folder (the tenth with 10,000 speakers): start-up to the groups list and to the dashboard the app opens on,
// switching groups, the JS heap afterwards, the speakers tab's virtualised list, and search latency per keystroke over
// 5,000 speakers. Every time is taken inside the page (event or navigation start → the animation frame that draws the
// result), so Playwright's own polling and round trips are not counted.
// Needs a build (`npx electron-vite build`, or NETVAERK_OUT_DIR for another folder) and /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import type { Workspace } from '../src-main/domain/model';
import { generateWorkspace, TWENTY_YEARS } from './generate-workspace';
import type { BenchFolders } from './bench-folders';
import { megabytes, summarize } from './measure';
import { row, type Row } from './report';
import { busyMonthFigures, calendarFigures } from './calendar-bench';
import { minutesFigures } from './minutes-bench';
import { interactionRows, measureInteractions, type InteractionFigures } from './interaction-bench';
import { searchPageFigures } from './search-page-bench';

const READY_PREFIX = 'NETVAERK_WEB_HOST_READY ';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** A web host over a new folder holding `workspaces`, with user data of its own. */
export async function startWebHost(folders: BenchFolders, label: string, workspaces: readonly Workspace[]) {
  const workspacesDir = await folders.withWorkspaces(label, workspaces);
  return spawnWebHost(workspacesDir, await userDataFolder(folders, label));
}

async function userDataFolder(folders: BenchFolders, label: string): Promise<string> {
  const userDataDir = path.join(await folders.make(`${label}-user-data`), 'data');
  await mkdir(userDataDir, { recursive: true });
  return userDataDir;
}

/** The web host's process over existing folders; `spawnedAt` is when its process was started (epoch ms). */
async function spawnWebHost(workspacesDir: string, userDataDir: string) {
  const script = path.resolve(process.env.NETVAERK_OUT_DIR ?? 'out', 'main/web-host.js');
  const spawnedAt = performance.timeOrigin + performance.now();
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, NETVAERK_WORKSPACES_DIR: workspacesDir, NETVAERK_USER_DATA_DIR: userDataDir, NETVAERK_SYSTEM_LANGUAGE: 'da' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(READY_PREFIX)) resolve((JSON.parse(line.slice(READY_PREFIX.length)) as { url: string }).url);
    });
    void exited.then((code) => reject(new Error(`web host exited with ${code} (is the app built into ${script}?)`)));
  });
  return {
    url,
    spawnedAt,
    /** When its ready line arrived (epoch ms): the host's own part of a start. */
    readyAt: performance.timeOrigin + performance.now(),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const BIG_LIST = 10_000;
const TYPED = ['anne', 'søren møller', 'region nord', 'cloud', 'holm'];

interface SpeakersFigures {
  /** Click on the tab → the frame with the first rows: fetching and parsing the 10,000 speakers, then rendering. */
  clickToRowsMs: number[];
  /** The list's first render: the speakers' answer fully received → the frame with the first rows (JSON parse, render). */
  firstRenderMs: number[];
  rowsInDom: number;
  keystrokeLaidOutMs: number[];
  keystrokeFrameMs: number[];
}

/** What the page must show for a frame to count: `count` elements matching `selector`, or one whose text is `text`. */
interface FrameProbe {
  selector: string;
  count?: number;
  text?: string;
}

const groupsListProbe = (groups: number): FrameProbe => ({ selector: 'nav[aria-label="Grupper"] [role="listitem"]', count: groups });
const dashboardProbe = (groupName: string): FrameProbe => ({ selector: 'main h2', text: groupName });
const SPEAKER_ROWS_PROBE: FrameProbe = { selector: 'ul[aria-label="Oplægsholdere"] > li' };

/**
 * Installed before the app's own script: records, relative to navigation start, the first animation frame in which each
 * probe holds (checked at the start of every frame until all are seen, so a change made in any task is dated by the
 * frame that draws it).
 */
function recordFirstFrames(probes: Record<string, FrameProbe>): void {
  const frames: Record<string, number> = {};
  (window as unknown as { benchFrames: Record<string, number> }).benchFrames = frames;
  const holds = ({ selector, count = 1, text }: FrameProbe) => {
    const found = [...document.querySelectorAll(selector)];
    return text === undefined ? found.length >= count : found.some((element) => element.textContent === text);
  };
  const check = (frameAt: number) => {
    for (const [name, probe] of Object.entries(probes)) if (!(name in frames) && holds(probe)) frames[name] = frameAt;
    if (Object.keys(frames).length < Object.keys(probes).length) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function firstFrame(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((probe) => {
    return (window as unknown as { benchFrames: Record<string, number> }).benchFrames[probe] ?? null;
  }, name);
  return (await handle.jsonValue()) as number;
}

const WEB_HOST_STARTS = 5;

export interface WebHostStartFigures {
  groups: number;
  years: number;
  /** The first start over the folder with a new user-data folder: no record of the files, so each is validated in full. */
  firstMs: number;
  /** Later starts over the same folders, as when the facilitator opens the app another day. */
  againMs: number[];
  /** Of each later start: the host's process started → its ready line (folder locked, listening; groups still read). */
  againHostMs: number[];
  /** Of each later start: the page's first API call sent → answered, which waits until every group can be listed. */
  againFirstCallMs: number[];
}

/**
 * Issue 15's start: the web host's process started → the dashboard of the group the app opens on drawn in Chromium,
 * over `workspaces` in a folder of their own. Chromium is already running, on a blank page of a fresh profile, as the
 * desktop window would be; the time runs from the spawn (Node's clock) to the animation frame that draws the dashboard
 * (the page's clock; both as epoch time), so it holds the host's boot, the page's load and the dashboard's first query.
 */
export async function webHostStartFigures(browser: Browser, folders: BenchFolders, workspaces: readonly Workspace[], starts = WEB_HOST_STARTS): Promise<WebHostStartFigures> {
  const workspacesDir = await folders.withWorkspaces('web-host-start', workspaces);
  const userDataDir = await userDataFolder(folders, 'web-host-start');
  const [firstGroup] = workspaces.map((workspace) => workspace.group.name).sort((a, b) => a.localeCompare(b, 'da'));
  const times: number[] = [];
  const hostTimes: number[] = [];
  const firstCallTimes: number[] = [];
  for (let start = 0; start < starts; start += 1) {
    const context = await browser.newContext();
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    await context.addInitScript(recordFirstFrames, { dashboard: dashboardProbe(firstGroup!) });
    const page = await context.newPage();
    const host = await spawnWebHost(workspacesDir, userDataDir);
    try {
      await page.goto(host.url);
      const frameAt = await firstFrame(page, 'dashboard');
      const drawnAt = await page.evaluate((at) => performance.timeOrigin + at, frameAt);
      times.push(drawnAt - host.spawnedAt);
      hostTimes.push(host.readyAt - host.spawnedAt);
      firstCallTimes.push(await page.evaluate(() => {
        const [first] = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/api/invoke')) as PerformanceResourceTiming[];
        return first ? first.responseEnd - first.startTime : Number.NaN;
      }));
    } finally {
      await context.close();
      await host.stop();
    }
  }
  // The generator plans four meetings a year.
  const years = Math.round(Math.max(...workspaces.map((workspace) => workspace.meetings.length)) / 4);
  return { groups: workspaces.length, years, firstMs: times[0]!, againMs: times.slice(1), againHostMs: hostTimes.slice(1), againFirstCallMs: firstCallTimes.slice(1) };
}

export function webHostStartRows({ groups, years, firstMs, againMs, againHostMs, againFirstCallMs }: WebHostStartFigures): Row[] {
  const again = summarize(againMs);
  const label = `web host start → dashboard drawn, ${groups} groups × ${years} years`;
  return [
    row('renderer', `${label}: first start (every file validated in full)`, firstMs, 'ms', { max: 1000 }),
    row('renderer', `${label}: later starts, p50 of ${again.runs}`, again.p50, 'ms', { max: 1000 }),
    row('renderer', '  of which the host: process started → ready line (folder locked, listening), p50', summarize(againHostMs).p50, 'ms'),
    row('renderer', '  the page\'s first call sent → answered (waits until every group can be listed), p50', summarize(againFirstCallMs).p50, 'ms'),
  ];
}

/**
 * Clicks `target` and measures inside the page from the click event to the animation frame in which `probe` holds.
 * Also returns when the largest API answer that arrived meanwhile was fully received (resource timing), if any.
 */
export async function clickToFrame(page: Page, target: Locator, probe: FrameProbe): Promise<{ ms: number; afterLargestAnswerMs: number | null }> {
  // Installed and awaited before the click: Chromium runs input ahead of a queued script, so on a busy page a click
  // sent right after an unawaited evaluate could arrive before the listener and the wait would never end.
  await page.evaluate(({ selector, count = 1, text }) => {
    (window as unknown as { benchClickFrame: Promise<{ ms: number; afterLargestAnswerMs: number | null }> }).benchClickFrame =
      new Promise<{ ms: number; afterLargestAnswerMs: number | null }>((resolve) => {
        let clickedAt = Number.NaN;
        document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
        const holds = () => {
          const found = [...document.querySelectorAll(selector)];
          return text === undefined ? found.length >= count : found.some((element) => element.textContent === text);
        };
        const observer = new MutationObserver(() => {
          if (Number.isNaN(clickedAt) || !holds()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const frameAt = performance.now();
            const answers = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
              (entry) => entry.name.endsWith('/api/invoke') && entry.startTime >= clickedAt && entry.responseEnd <= frameAt,
            );
            const largest = answers.sort((a, b) => b.decodedBodySize - a.decodedBodySize)[0];
            resolve({ ms: frameAt - clickedAt, afterLargestAnswerMs: largest ? frameAt - largest.responseEnd : null });
          });
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
      });
  }, probe);
  await target.click();
  return page.evaluate(() => (window as unknown as { benchClickFrame: Promise<{ ms: number; afterLargestAnswerMs: number | null }> }).benchClickFrame);
}

const groupButton = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Grupper' }).getByRole('button', { name: new RegExp(`^${name}\\b`) });

/** Opens a group by its name in the navigation and waits for its page. */
async function openGroup(page: Page, name: string): Promise<void> {
  await groupButton(page, name).click();
  await page.getByRole('main').getByRole('heading', { level: 2, name, exact: true }).waitFor();
}

const SPEAKERS_OPENED = 3;

/**
 * The speakers tab, opened a few times (back to the overview in between, so the page mounts and fetches afresh):
 * click → first rows, the list's first render once its data is in, and how many rows are in the DOM.
 */
async function openSpeakers(page: Page): Promise<Pick<SpeakersFigures, 'clickToRowsMs' | 'firstRenderMs' | 'rowsInDom'>> {
  const clickToRowsMs: number[] = [];
  const firstRenderMs: number[] = [];
  for (let opened = 0; opened < SPEAKERS_OPENED; opened += 1) {
    if (opened > 0) await page.getByRole('tab', { name: 'Overblik' }).click();
    const timing = await clickToFrame(page, page.getByRole('tab', { name: 'Oplægsholdere' }), SPEAKER_ROWS_PROBE);
    clickToRowsMs.push(timing.ms);
    if (timing.afterLargestAnswerMs !== null) firstRenderMs.push(timing.afterLargestAnswerMs);
  }
  const rows = page.getByRole('list', { name: 'Oplægsholdere' }).getByRole('listitem');
  return { clickToRowsMs, firstRenderMs, rowsInDom: await rows.count() };
}

/**
 * Search latency as the page itself sees it, per keystroke (80 ms apart, like typing), from the input event:
 * - to the results laid out: when React has changed the list (a MutationObserver) and the browser has laid it out
 *   (a forced layout then, which the frame would otherwise do a moment later): the work the keystroke costs;
 * - to the next animation frame after that: the same plus the wait for the display's next frame, which alone is
 *   anything from 0 to 16.7 ms at 60 Hz, however little the work.
 */
async function searchLatencies(page: Page): Promise<Pick<SpeakersFigures, 'keystrokeLaidOutMs' | 'keystrokeFrameMs'>> {
  const input = page.getByRole('textbox', { name: 'Søg i kartoteket' });
  await input.evaluate((element) => {
    const record = window as unknown as { keystrokes: { laidOut: number[]; frame: number[] } };
    record.keystrokes = { laidOut: [], frame: [] };
    let inputAt = 0;
    element.addEventListener('input', (event) => {
      inputAt = event.timeStamp;
    });
    new MutationObserver(() => {
      if (inputAt === 0) return;
      const from = inputAt;
      inputAt = 0;
      void document.body.offsetHeight;
      record.keystrokes.laidOut.push(performance.now() - from);
      requestAnimationFrame(() => record.keystrokes.frame.push(performance.now() - from));
    }).observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, characterData: true });
  });
  for (const query of TYPED) {
    await input.fill('');
    await input.pressSequentially(query, { delay: 80 });
  }
  await page.waitForTimeout(100); // the last keystroke's frame
  const { laidOut, frame } = await page.evaluate(() => (window as unknown as { keystrokes: { laidOut: number[]; frame: number[] } }).keystrokes);
  return { keystrokeLaidOutMs: laidOut, keystrokeFrameMs: frame };
}

async function speakersFigures(page: Page, searchGroup: Workspace, bigGroup: string): Promise<SpeakersFigures> {
  await openGroup(page, bigGroup);
  const big = await openSpeakers(page);
  // Back to the first group; the speakers tab stays chosen, so its directory is what appears.
  await groupButton(page, searchGroup.group.name).click();
  // The count is shown as the locale writes it ("5.000" in Danish).
  const count = searchGroup.speakers.length;
  await page.getByText(new RegExp(`^(${count}|${count.toLocaleString('da-DK').replace('.', '\\.')}) oplægsholdere i kartoteket$`)).waitFor();
  return { ...big, ...(await searchLatencies(page)) };
}

/** Failed sections, named in a row of their own so a broken page never hides as a shorter table. */
const failedSections: string[] = [];

/**
 * Runs one part of the renderer bench. A part that fails (a page whose text changed, a timeout) is logged and named
 * in the table, and the other parts still run: one broken selector must not cost the whole run's figures.
 */
async function section<Result>(label: string, nothing: Result, run: () => Promise<Result>): Promise<Result> {
  try {
    return await run();
  } catch (error) {
    process.stderr.write(`Renderer bench: "${label}" failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    failedSections.push(label);
    return nothing;
  }
}

export async function benchRenderer(folders: BenchFolders, tenGroups: readonly Workspace[], loads = 5): Promise<Row[]> {
  // The tenth group has a 10,000-row speaker list; the first, 5,000 speakers to search.
  const bigGroupName = 'Netværk 10000';
  const workspaces = [...tenGroups.slice(0, -1), generateWorkspace(99, { ...TWENTY_YEARS, speakers: BIG_LIST }, bigGroupName)];
  const browser = await chromium.launch({ executablePath: process.env.NETVAERK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  // Issue 15's start over the ten groups as generated, before any other web host runs.
  const started = await section('web host start', [], async () => webHostStartRows(await webHostStartFigures(browser, folders, tenGroups)));
  let host: Awaited<ReturnType<typeof startWebHost>>;
  try {
    host = await startWebHost(folders, 'renderer', workspaces);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const listReady: number[] = [];
  const dashboardReady: number[] = [];
  const groupSwitched: number[] = [];
  let heapUsed = 0;
  let speakers: SpeakersFigures | null = null;
  let calendarRows: Row[] = [];
  const minutesRows: Row[] = [];
  const interactions: InteractionFigures[] = [];
  const searchPageRows: Row[] = [];
  try {
    // A new browser profile each time, so nothing is cached or remembered: the app opens on the first group by name.
    const [firstGroup, secondGroup] = workspaces.map((workspace) => workspace.group.name).sort((a, b) => a.localeCompare(b, 'da'));
    for (let load = 0; load < loads; load += 1) {
      const context = await browser.newContext();
      // tsx compiles this file with esbuild's keepNames, which wraps named inner functions in __name(); the functions
      // handed to the page (below and in clickToFrame) need that helper there too.
      await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
      await context.addInitScript(recordFirstFrames, { groupsList: groupsListProbe(workspaces.length), dashboard: dashboardProbe(firstGroup!) });
      const page = await context.newPage();
      await page.goto(host.url);
      listReady.push(await firstFrame(page, 'groupsList'));
      dashboardReady.push(await firstFrame(page, 'dashboard'));
      groupSwitched.push((await clickToFrame(page, groupButton(page, secondGroup!), dashboardProbe(secondGroup!))).ms);
      if (load === loads - 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        heapUsed = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
        speakers = await section('speakers tab', null, () => speakersFigures(page, workspaces[0]!, bigGroupName));
        calendarRows = await section('calendar', [], () => calendarFigures(page, workspaces.length));
      }
      await context.close();
    }
    // Issue 6's busy calendar month has a folder and web host of its own, so the figures above keep their data.
    calendarRows.push(...(await section('busy calendar month', [], () => busyMonthFigures(browser, (busy) => startWebHost(folders, 'calendar-busy-month', busy)))));
    minutesRows.push(...(await section('minutes editor', [], () => minutesFigures(browser, (minutesGroups) => startWebHost(folders, `minutes-${minutesGroups[0]!.group.id}`, minutesGroups)))));
    // Issue 15's clicks and writes on the twenty-year group (bench/interaction-bench.ts), in a web host of their own.
    interactions.push(...(await section('interactions', [], () => measureInteractions(browser, (groups) => startWebHost(folders, 'interactions', groups), { rounds: loads, breakdown: false }))));
    // Issue 13's search page over a memory of 20 groups × 10 years, in a folder and web host of its own.
    searchPageRows.push(...(await section('search page', [], () => searchPageFigures(browser, (memory) => startWebHost(folders, 'search-memory', memory)))));
  } finally {
    await browser.close();
    await host.stop();
  }
  const list = summarize(listReady);
  const dashboard = summarize(dashboardReady);
  const switched = summarize(groupSwitched);
  const found = speakers as SpeakersFigures | null;
  const keystrokesLaidOut = summarize(found?.keystrokeLaidOutMs ?? []);
  const keystrokeFrames = summarize(found?.keystrokeFrameMs ?? []);
  const clickToRows = summarize(found?.clickToRowsMs ?? []);
  const firstRender = summarize(found?.firstRenderMs ?? []);
  return [
    ...started,
    row('renderer', `navigation → groups list of ${workspaces.length} groups drawn, p50 of ${list.runs}`, list.p50, 'ms'),
    row('renderer', 'navigation → dashboard drawn (the group it opens on: name, facts, next meetings), p50', dashboard.p50, 'ms', { max: 1000 }),
    row('renderer', 'switching group: click → its dashboard drawn, p50', switched.p50, 'ms'),
    row('renderer', 'JS heap after opening a group (after GC)', megabytes(heapUsed), 'MB', { max: 150 }),
    row('renderer', `speakers tab, ${BIG_LIST} speakers: click → first rows drawn (incl. fetching 10,000), p50 of ${clickToRows.runs}`, clickToRows.p50, 'ms'),
    row('renderer', `speakers tab, ${BIG_LIST} speakers: first render (data received → rows drawn), p50`, firstRender.p50, 'ms', { max: 100 }),
    row('renderer', `speakers tab, ${BIG_LIST} speakers: rows in the DOM`, found?.rowsInDom ?? Number.NaN, 'rows', { max: 100 }),
    row('renderer', `search keystroke → results laid out, ${workspaces[0]!.speakers.length} speakers, p95 of ${keystrokesLaidOut.runs}`, keystrokesLaidOut.p95, 'ms', { max: 16 }),
    row('renderer', '  the same → next animation frame (adds the wait for the display, 0–16.7 ms), p95', keystrokeFrames.p95, 'ms'),
    ...calendarRows,
    ...minutesRows,
    ...interactionRows(interactions),
    ...searchPageRows,
    ...failedSections.map((label) => row('renderer', `${label}: FAILED (see the log)`, Number.NaN, 'ms')),
  ];
}
