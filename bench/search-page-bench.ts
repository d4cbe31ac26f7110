// The search page as the facilitator feels it, over the generated memory of 20 groups × 10 years (issue 13): from a
// keystroke (the input event's own time stamp, the clock Event Timing uses) to the frame that paints the results the
// main process answered for it. Taken inside the page, so Playwright's polling and round trips are not counted.
import type { Browser, Page } from '@playwright/test';
import type { Workspace } from '../src-main/domain/model';
import { summarize } from './measure';
import { memoryWorkspaces } from './memory-search-bench';
import { row, type Row } from './report';

interface WebHost {
  url: string;
  stop: () => Promise<void>;
}

const TYPED = ['agile kontrakter', 'tjekliste', 'aarhus', 'søren møller', 'gevinstplan', 'rekrutering'];
/** A brisk typist: each letter's answer has time to arrive before the next letter, as the figure asks. */
const KEY_DELAY_MS = 150;

/**
 * From now on, each input event's time → the frame after the results region stops being busy, in `window.painted`. The
 * page marks the region busy until what it shows answers what is typed, so an earlier letter's results, a spinner or a
 * "nothing found" still waiting for its answer never count as this letter's results.
 */
function recordResultsPainted(): void {
  const record = window as unknown as { painted: number[] };
  record.painted = [];
  let inputAt = 0;
  document.getElementById('search-everything')!.addEventListener('input', (event) => {
    inputAt = event.timeStamp;
  });
  const region = document.querySelector('[data-search-results]')!;
  new MutationObserver(() => {
    if (inputAt === 0 || region.getAttribute('aria-busy') !== 'false') return;
    const from = inputAt;
    inputAt = 0;
    requestAnimationFrame(() => record.painted.push(performance.now() - from));
  }).observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
}

/** How long a typist holds a key down. */
const KEY_HOLD_MS = 90;

/**
 * One letter, its key held as a typist holds it, then the rest of the pause. Playwright's `pressSequentially` puts a
 * letter outside its US layout (ø) in with no key at all, right before the next letter's key goes down: "sø" and "sør"
 * came ~15 ms apart, so "sør" waited for the answer to "sø" and was counted as one slow letter.
 */
async function typeLetter(page: Page, letter: string): Promise<void> {
  if (!/^[ -~]$/.test(letter)) {
    await page.keyboard.insertText(letter);
    await page.waitForTimeout(KEY_DELAY_MS);
    return;
  }
  await page.keyboard.down(letter);
  await page.waitForTimeout(KEY_HOLD_MS);
  await page.keyboard.up(letter);
  await page.waitForTimeout(KEY_DELAY_MS - KEY_HOLD_MS);
}

async function typeQueries(page: Page): Promise<number[]> {
  const box = page.getByRole('textbox', { name: 'Søg i alle grupper og år' });
  // The first search builds the index; that is the main-process bench's figure, not this one.
  await box.fill('gevinstplan');
  await page.locator('[data-search-results][aria-busy="false"] [data-search-hit]').first().waitFor({ timeout: 120_000 });
  await page.evaluate(recordResultsPainted);
  for (const query of TYPED) {
    // Cleared, and a pause as a person takes before the next search: else its first letter waits for the empty box's answer.
    await box.fill('');
    await page.waitForTimeout(KEY_DELAY_MS);
    for (const letter of query) await typeLetter(page, letter);
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { painted: number[] }).painted);
}

export async function searchPageFigures(browser: Browser, startHost: (workspaces: readonly Workspace[]) => Promise<WebHost>, short = false): Promise<Row[]> {
  const workspaces = memoryWorkspaces(short);
  const host = await startHost(workspaces);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.locator('body[data-app-ready="true"]').waitFor({ timeout: 120_000 });
    await page.evaluate(() => {
      window.location.hash = '#/search';
    });
    const painted = summarize(await typeQueries(page));
    return [
      row('search page', `keystroke → results painted, ${workspaces.length} groups, p50 of ${painted.runs}`, painted.p50, 'ms'),
      row('search page', 'keystroke → results painted, p95', painted.p95, 'ms', { max: 50 }),
    ];
  } finally {
    await context.close();
    await host.stop();
  }
}
