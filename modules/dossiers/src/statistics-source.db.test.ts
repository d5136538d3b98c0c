import { seedCalendar } from '@openprovince/calendar';
import { makeAgency } from '@openprovince/identity/testing';
import { type RequestContext, systemActor } from '@openprovince/platform';
import { fixedNow } from '@openprovince/platform/time';
import { MemoryStorage } from '@openprovince/storage';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { THistoricDossier, THistoricEvent } from './contracts/historic-import.ts';
import { createDossierDeps } from './deps.ts';
import type { ProcedureCatalogue } from './domain/ports.ts';
import { dossiersStatistics } from './statistics.ts';
import { importHistoricDossiers } from './use-cases/import-historic-dossiers.ts';

/**
 * The one-stop statistics source over dossiers brought in as history, at two agencies, received at the edges
 * of March 2021 in the province's time (UTC+7): 23:30 on 31/03 is March's, 00:10 on 01/04 is April's.
 */
const DIC = '000.00.12.H59';
const HEALTH = '000.00.13.H59';
const ctx: RequestContext = { actor: systemActor('stats-source-test'), requestId: 'stats-source' };
const officer = { name: 'Lê Thị Một Cửa' };
const ev = (action: THistoricEvent['action'], at: string): THistoricEvent => ({
  action,
  at: `2021-${at}:00+07:00`,
  performer: action === 'submit' ? { name: 'Nguyễn Văn An', kind: 'applicant' } : officer,
});
let n = 0;
const dossier = (
  agencyCode: string,
  events: THistoricEvent[],
  over: Partial<THistoricDossier> = {},
): THistoricDossier => ({
  code: `${agencyCode}-210301-${String(++n).padStart(4, '0')}`,
  procedureCode: agencyCode === DIC ? '1.001612.H59' : '1.002000.H59',
  agencyCode,
  channel: 'direct',
  applicant: { name: `Người nộp ${n}`, phone: '0912345678' },
  events,
  ...over,
});
const processed = (at: string) => [
  ev('forward', at.replace(/T\d\d:/, 'T08:')),
  ev('process', at),
  ev('approve', at.replace(/:00$/, ':30')),
];

describe('dossiersStatistics (one statistics shape)', () => {
  let t: TestDatabase;
  let agencies: { dic: string; health: string };
  const march = { from: '2021-03-01', to: '2021-03-31' };
  let deps: { db: TestDatabase['db']; now: () => Date };

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, ctx);
    const dic = await makeAgency(t.db, { code: DIC, name: 'Sở Thông tin và Truyền thông' });
    const health = await makeAgency(t.db, { code: HEALTH, name: 'Sở Y tế' });
    agencies = { dic: dic.id, health: health.id };
    const procedure = (code: string, agencyId: string) => ({
      id: code,
      nationalCode: code,
      name: `Thủ tục ${code}`,
      agencyId,
      timeLimit: { amount: 3, unit: 'working_days' as const },
      fees: [],
      components: [],
      serviceLevel: 3,
      validate: () => [],
    });
    const catalogue: ProcedureCatalogue = {
      getProcedureForDossier: async (code) =>
        code === '1.001612.H59'
          ? procedure(code, dic.id)
          : code === '1.002000.H59'
            ? procedure(code, health.id)
            : undefined,
    };
    const dossierDeps = createDossierDeps({ db: t.db, storage: new MemoryStorage(), catalogue });
    const result = await importHistoricDossiers(dossierDeps, ctx, {
      importKey: 'stats-source-2021',
      body: {
        dossiers: [
          dossier(DIC, [ev('receive', '02-28T23:30')]), // February's last evening: carried over
          dossier(DIC, [ev('receive', '03-01T00:10'), ...processed('03-02T09:00')]), // finished early
          dossier(DIC, [ev('submit', '03-15T07:00'), ev('accept', '03-15T09:00')], { channel: 'online' }),
          dossier(DIC, [ev('receive', '03-31T23:30')]), // the last evening: received in March
          dossier(DIC, [ev('receive', '04-01T00:10')]), // the next day's first minutes: not March's
          dossier(HEALTH, [ev('receive', '03-10T08:00'), ...processed('03-19T09:00')]), // finished late
        ],
      },
    });
    expect(result.created).toBe(6);
    deps = { db: t.db, now: fixedNow('2021-06-01T03:00:00Z') };
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('counts the period in province days, both ends whole', async () => {
    const source = dossiersStatistics(deps);
    const figures = await source.compute({ period: march });
    expect(figures).toEqual({
      'dossiers.carriedOver': 1,
      'dossiers.received': { value: 4, parts: { direct: 3, online: 1, postal: 0 } },
      'dossiers.toHandle': 5,
      'dossiers.finished': { value: 2, parts: { early: 1, onTime: 0, late: 1 } },
      // At the end of 31/03 (3 working days each): those of 28/02 and 15/03 are overdue, that of 31/03 not.
      'dossiers.inProgress': { value: 3, parts: { withinDeadline: 1, overdue: 2 } },
      'dossiers.withdrawn': 0,
      'dossiers.onlineRate': 25,
      'dossiers.onTimeRate': 50,
      'dossiers.rated': 0,
    });
    // Every key it computes is one it declares.
    expect(Object.keys(figures).every((k) => k in source.indicators)).toBe(true);
    const april = await source.compute({ period: { from: '2021-04-01', to: '2021-04-01' } });
    expect(april['dossiers.received']).toEqual({ value: 1, parts: { direct: 1, online: 0, postal: 0 } });
  });

  it('asOf: what was known at the end of that day', async () => {
    const figures = await dossiersStatistics(deps).compute({ period: { ...march, asOf: '2021-03-15' } });
    expect(figures['dossiers.received']).toEqual({ value: 3, parts: { direct: 2, online: 1, postal: 0 } });
    expect(figures['dossiers.finished']).toEqual({ value: 1, parts: { early: 1, onTime: 0, late: 0 } });
  });

  it('counts only the agencies asked for; rates absent when nothing to rate', async () => {
    const source = dossiersStatistics(deps);
    const dic = await source.compute({ period: march, agencyIds: [agencies.dic] });
    expect(dic['dossiers.received']).toEqual({ value: 3, parts: { direct: 2, online: 1, postal: 0 } });
    expect(dic['dossiers.finished']).toEqual({ value: 1, parts: { early: 1, onTime: 0, late: 0 } });
    const health = await source.compute({ period: march, agencyIds: [agencies.health] });
    expect(health['dossiers.received']).toEqual({ value: 1, parts: { direct: 1, online: 0, postal: 0 } });
    expect(health['dossiers.onTimeRate']).toBe(0);
    const none = await source.compute({ period: march, agencyIds: [] });
    expect(none['dossiers.toHandle']).toBe(0);
    expect(none).not.toHaveProperty('dossiers.onlineRate');
    expect(none).not.toHaveProperty('dossiers.onTimeRate');
  });
});
