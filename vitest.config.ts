import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    // Renderer tests opt into jsdom with a `@vitest-environment jsdom` comment; everything else is plain Node.
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
