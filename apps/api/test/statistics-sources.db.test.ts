import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.ts';
import { composePlatform, type Platform } from '../src/modules.ts';

/**
 * The composition root collects every module's statistics source from its manifest: the dashboard and the
 * annual report ask all of them the one question (a period of province days, optionally some agencies) and
 * get figures under the keys each source declares.
 */
describe('statistics sources of the composed platform', () => {
  let t: TestDatabase;
  let platform: Platform;

  beforeAll(async () => {
    t = await createTestDatabase();
    platform = composePlatform({
      db: t.db,
      config: testConfig(),
      now: () => new Date('2021-12-31T03:00:00Z'),
    });
  });
  afterAll(async () => t?.destroy());

  it('has the sources of dossiers, documents, pki, portal and services', () => {
    expect(Object.keys(platform.statistics).sort()).toEqual([
      'documents',
      'dossiers',
      'pki',
      'portal',
      'services',
    ]);
  });

  it('answers one question from every source with a figure for each declared indicator, zero on an empty year', async () => {
    for (const [name, source] of Object.entries(platform.statistics)) {
      const figures = await source.compute({ period: { from: '2021-01-01', to: '2021-12-31' } });
      const declared = Object.keys(source.indicators);
      expect(declared.length, name).toBeGreaterThan(0);
      for (const key of Object.keys(figures)) expect(declared, `${name}: ${key}`).toContain(key);
      for (const [key, figure] of Object.entries(figures)) {
        const value = typeof figure === 'number' ? figure : figure.value;
        expect(value, `${name}: ${key}`).toBe(0);
      }
    }
  });

  it('counts nothing for an empty list of agencies', async () => {
    for (const [name, source] of Object.entries(platform.statistics)) {
      const figures = await source.compute({
        period: { from: '2021-01-01', to: '2021-12-31' },
        agencyIds: [],
      });
      for (const [key, figure] of Object.entries(figures)) {
        const value = typeof figure === 'number' ? figure : figure.value;
        expect(value, `${name}: ${key}`).toBe(0);
      }
    }
  });
});
