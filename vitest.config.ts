import { defineConfig } from 'vitest/config';

// Three tiers (see docs/ARCHITECTURE.md#tests):
//  unit — pure functions, colocated `*.test.ts`;
//  db   — use cases and routes against a real database, `*.db.test.ts` (PGlite, or TEST_DATABASE_URL);
//  e2e  — journeys in Debian's Chromium, `e2e/**/*.e2e.test.ts`.
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['{packages,modules,apps}/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          sequence: { groupOrder: 1 },
          include: ['{packages,modules,apps}/*/src/**/*.db.test.ts', '{modules,apps}/*/test/**/*.db.test.ts'],
          // The module template's table has no migration until `new:module` copies it and db:generate runs.
          exclude: ['**/node_modules/**', 'modules/_template/**'],
          globalSetup: ['packages/testing/src/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite takes ~1 GB per instance: at most two files at once on a 2-core, 24 GB machine.
          maxWorkers: 2,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: 1,
          pool: 'forks',
        },
      },
    ],
  },
});
