// The interaction rows alone (issue 15), for a quick look at one of them while working (the full set is part of
// `npm run bench -- --renderer`). Needs a build: `npx electron-vite build && node --import tsx bench/interactions-only.ts
// [--only "add a member"] [--rounds 3] [--breakdown] [--trace]`. --breakdown logs API calls and React commits per
// interaction (build with NETVAERK_READABLE_BUILD=1 for component names); its timings are inflated by the counting.
// --trace records a Chromium trace of each interaction's last round and prints the main thread's time by kind of work,
// and the parts of its longest Event Timing duration (bench/event-timing-phases.ts).
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { benchFolders } from './bench-folders';
import { describeBreakdown, interactionRows, measureInteractions } from './interaction-bench';
import { CHROMIUM_ARGS, startWebHost } from './renderer-bench';
import { formatTable } from './report';

const { values } = parseArgs({
  options: { only: { type: 'string' }, rounds: { type: 'string', default: '5' }, breakdown: { type: 'boolean', default: false }, trace: { type: 'boolean', default: false } },
});
const folders = await benchFolders();
const browser = await chromium.launch({ executablePath: process.env.NETVAERK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const figures = await measureInteractions(browser, (groups) => startWebHost(folders, 'interactions', groups), {
    rounds: Number(values.rounds),
    ...(values.only ? { only: values.only } : {}),
    breakdown: values.breakdown ?? false,
    trace: values.trace ?? false,
  });
  if (values.breakdown || values.trace) for (const one of figures) process.stdout.write(`${describeBreakdown(one)}\n\n`);
  process.stdout.write(`${formatTable(interactionRows(figures))}\n`);
} finally {
  await browser.close();
  await folders.removeAll();
}
