// End-to-end journeys: the real UI against the real main process, in Electron when its binary exists,
// otherwise through the web host in Debian's Chromium (see e2e/fixtures/app-fixture.ts).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  // Each test starts its own app (a web host or Electron, plus a browser) with its own folders. Two at a time on a
  // 2-core machine doubled every journey's time (the minutes journey ran 24 s alone and 49 s beside another), taking
  // some past half their timeout; one at a time keeps each journey's time its own, for about the same total.
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
  },
});
