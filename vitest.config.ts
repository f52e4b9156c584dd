import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit (pure domain rules), integration (app and HTTP on a real database: PGlite,
 * or PostgreSQL when ORDO_TEST_DB=postgres), and e2e (headless Chromium against a running server).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/domain/**/*.test.ts', 'src/web/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/domain/**', 'src/web/**'],
          globalSetup: ['test/global-setup.ts'],
          // Webhook receivers in tests listen on 127.0.0.1, which the address guard refuses.
          env: { ORDO_WEBHOOKS_ALLOW_PRIVATE: '1' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          env: { ORDO_WEBHOOKS_ALLOW_PRIVATE: '1' },
          testTimeout: 90_000,
          hookTimeout: 90_000,
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
