// The search page's row alone, for a quick look while working on the search (the full set: `npm run bench --
// --renderer`). Needs a build: `npx electron-vite build && node --import tsx bench/search-page-only.ts`.
import { chromium } from '@playwright/test';
import { benchFolders } from './bench-folders';
import { CHROMIUM_ARGS, startWebHost } from './renderer-bench';
import { formatTable } from './report';
import { searchPageFigures } from './search-page-bench';

const folders = await benchFolders();
const browser = await chromium.launch({ executablePath: process.env.NETVAERK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const rows = await searchPageFigures(browser, (memory) => startWebHost(folders, 'search-memory', memory));
  process.stdout.write(`${formatTable(rows)}\n`);
} finally {
  await browser.close();
  await folders.removeAll();
}
