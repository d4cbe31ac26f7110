// The minutes editor's rows alone, for a quick look while working on the editor (the full set: `npm run bench --
// --renderer`). Needs a build: `npx electron-vite build && node --import tsx bench/minutes-only.ts`.
import { chromium } from '@playwright/test';
import { benchFolders } from './bench-folders';
import { minutesFigures } from './minutes-bench';
import { CHROMIUM_ARGS, startWebHost } from './renderer-bench';
import { formatTable } from './report';

const folders = await benchFolders();
const browser = await chromium.launch({ executablePath: process.env.NETVAERK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const rows = await minutesFigures(browser, (groups) => startWebHost(folders, `minutes-${groups[0]!.group.id}`, groups));
  process.stdout.write(`${formatTable(rows)}\n`);
} finally {
  await browser.close();
  await folders.removeAll();
}
