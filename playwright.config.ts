// End-to-end journeys: the real UI against the real main process, in Electron when its binary exists,
// otherwise through the web host in Debian's Chromium (see e2e/fixtures/app-fixture.ts).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  // Each test starts its own app with its own folders; two at a time fit a 2-core CI machine.
  workers: 2,
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
