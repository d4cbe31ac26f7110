// Renderer figures in Debian's Chromium against the web host (the real UI over the real main-process code) with the
// 10-group folder (the tenth with 10,000 speakers): start-up to the groups list, opening a group's dashboard, the JS
// heap afterwards, the speakers tab's virtualised list, and search latency per keystroke over 5,000 speakers.
// Needs a build (`npx electron-vite build`, or NETVAERK_OUT_DIR for another folder) and /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Page } from '@playwright/test';
import type { Workspace } from '../src-main/domain/model';
import { generateWorkspace, TWENTY_YEARS } from './generate-workspace';
import type { BenchFolders } from './bench-folders';
import { megabytes, summarize } from './measure';
import { row, type Row } from './report';
import { calendarFigures } from './calendar-bench';

const READY_PREFIX = 'NETVAERK_WEB_HOST_READY ';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

async function startWebHost(workspacesDir: string, userDataDir: string) {
  const script = path.resolve(process.env.NETVAERK_OUT_DIR ?? 'out', 'main/web-host.js');
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
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const BIG_LIST = 10_000;
const TYPED = ['anne', 'søren møller', 'region nord'];

interface SpeakersFigures {
  firstRowsMs: number;
  rowsInDom: number;
  keystrokeMs: number[];
}

/** Opens a group by its name in the navigation and waits for its page. */
async function openGroup(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Grupper' }).getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
  await page.getByRole('main').getByRole('heading', { level: 2, name, exact: true }).waitFor();
}

/** The speakers tab: from the click to the first rows of the virtualised list, and how many rows are in the DOM. */
async function openSpeakers(page: Page): Promise<{ firstRowsMs: number; rowsInDom: number }> {
  const started = performance.now();
  await page.getByRole('tab', { name: 'Oplægsholdere' }).click();
  const rows = page.getByRole('list', { name: 'Oplægsholdere' }).getByRole('listitem');
  await rows.first().waitFor();
  return { firstRowsMs: performance.now() - started, rowsInDom: await rows.count() };
}

/**
 * Search latency as the page itself sees it: from each keystroke's input event to the first frame after React has
 * changed the page in answer (a MutationObserver, then requestAnimationFrame). Keystrokes 80 ms apart, like typing.
 */
async function searchLatencies(page: Page): Promise<number[]> {
  const input = page.getByRole('textbox', { name: 'Søg i kartoteket' });
  await input.evaluate((element) => {
    const record = window as unknown as { keystrokeLatencies: number[] };
    record.keystrokeLatencies = [];
    let inputAt = 0;
    element.addEventListener('input', (event) => {
      inputAt = event.timeStamp;
    });
    new MutationObserver(() => {
      if (inputAt === 0) return;
      const from = inputAt;
      inputAt = 0;
      requestAnimationFrame(() => record.keystrokeLatencies.push(performance.now() - from));
    }).observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, characterData: true });
  });
  for (const query of TYPED) {
    await input.fill('');
    await input.pressSequentially(query, { delay: 80 });
  }
  await page.waitForTimeout(100); // the last keystroke's frame
  return page.evaluate(() => (window as unknown as { keystrokeLatencies: number[] }).keystrokeLatencies);
}

async function speakersFigures(page: Page, searchGroup: Workspace, bigGroup: string): Promise<SpeakersFigures> {
  await openGroup(page, bigGroup);
  const big = await openSpeakers(page);
  // Back to the first group; the speakers tab stays chosen, so its directory is what appears.
  await page.getByRole('navigation', { name: 'Grupper' }).getByRole('button', { name: new RegExp(`^${searchGroup.group.name}\\b`) }).click();
  await page.getByText(new RegExp(`^${searchGroup.speakers.length}\\.?\\d* oplægsholdere i kartoteket$`)).waitFor();
  return { ...big, keystrokeMs: await searchLatencies(page) };
}

export async function benchRenderer(folders: BenchFolders, tenGroups: readonly Workspace[], loads = 5): Promise<Row[]> {
  // The tenth group has a 10,000-row speaker list; the first, 5,000 speakers to search.
  const bigGroupName = 'Netværk 10000';
  const workspaces = [...tenGroups.slice(0, -1), generateWorkspace(99, { ...TWENTY_YEARS, speakers: BIG_LIST }, bigGroupName)];
  const workspacesDir = await folders.withWorkspaces('renderer', workspaces);
  const userDataDir = path.join(await folders.make('renderer-user-data'), 'data');
  await mkdir(userDataDir, { recursive: true });
  const host = await startWebHost(workspacesDir, userDataDir);
  const browser = await chromium.launch({ executablePath: process.env.NETVAERK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const listReady: number[] = [];
  const dashboardReady: number[] = [];
  let heapUsed = 0;
  let speakers: SpeakersFigures | null = null;
  let calendarRows: Row[] = [];
  try {
    const groupName = workspaces[0]!.group.name;
    for (let load = 0; load < loads; load += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const navigation = page.getByRole('navigation', { name: 'Grupper' });
      const started = performance.now();
      await page.goto(host.url);
      await navigation.getByRole('listitem').nth(workspaces.length - 1).waitFor();
      listReady.push(performance.now() - started);
      const opening = performance.now();
      await openGroup(page, groupName);
      dashboardReady.push(performance.now() - opening);
      if (load === loads - 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        heapUsed = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
        speakers = await speakersFigures(page, workspaces[0]!, bigGroupName);
        calendarRows = await calendarFigures(page, workspaces.length);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  const list = summarize(listReady);
  const dashboard = summarize(dashboardReady);
  const found = speakers as SpeakersFigures | null;
  const keystrokes = summarize(found?.keystrokeMs ?? []);
  return [
    row('renderer', `navigation → groups list of ${workspaces.length} groups, p50 of ${list.runs}`, list.p50, 'ms', { max: 1000 }),
    row('renderer', 'opening a group → its dashboard, p50', dashboard.p50, 'ms'),
    row('renderer', 'navigation → dashboard shown, p50 (sum of the two)', list.p50 + dashboard.p50, 'ms', { max: 1000 }),
    row('renderer', 'JS heap after opening a group (after GC)', megabytes(heapUsed), 'MB', { max: 150 }),
    row('renderer', `speakers tab, ${BIG_LIST} speakers: click → first rows (fetch, index, render)`, found?.firstRowsMs ?? Number.NaN, 'ms', { max: 100 }),
    row('renderer', `speakers tab, ${BIG_LIST} speakers: rows in the DOM`, found?.rowsInDom ?? Number.NaN, 'rows', { max: 100 }),
    row('renderer', `search keystroke → updated frame, ${workspaces[0]!.speakers.length} speakers, p95 of ${keystrokes.runs}`, keystrokes.p95, 'ms', { max: 16 }),
    ...calendarRows,
  ];
}
