// Issue 15's start row alone (the full set: `npm run bench -- --renderer`): the web host's process started → the
// dashboard drawn in Chromium, over ten generated twenty-year groups. Needs a build: `npx electron-vite build && node
// --import tsx bench/web-host-start-only.ts [--starts n]`.
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { benchFolders } from './bench-folders';
import { generateWorkspace, TWENTY_YEARS } from './generate-workspace';
import { CHROMIUM_ARGS, webHostStartFigures, webHostStartRows } from './renderer-bench';
import { formatTable } from './report';

const { values } = parseArgs({ options: { starts: { type: 'string', default: '5' } } });
const folders = await benchFolders();
const browser = await chromium.launch({ executablePath: process.env.NETVAERK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  // The same ten groups `npm run bench` generates.
  const groups = Array.from({ length: 10 }, (_, index) => generateWorkspace(index + 1, TWENTY_YEARS));
  const figures = await webHostStartFigures(browser, folders, groups, Number(values.starts));
  process.stdout.write(`${formatTable(webHostStartRows(figures))}\n`);
} finally {
  await browser.close();
  await folders.removeAll();
}
