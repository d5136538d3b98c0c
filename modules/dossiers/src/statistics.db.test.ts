import { seedCalendar } from '@openprovince/calendar';
import { actorFor, makeAgency, makeOfficial } from '@openprovince/identity/testing';
import { type Actor, type RequestContext, systemActor } from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { THistoricDossier, THistoricEvent } from './contracts/historic-import.ts';
import type { StatFigure } from './contracts/index.ts';
import { DOSSIER_GRANTS } from './contracts/permissions.ts';
import { createDossierDeps, type DossierDeps } from './deps.ts';
import type { ProcedureCatalogue } from './domain/ports.ts';
import { dossierStatistics } from './use-cases/dossier-statistics.ts';
import { importHistoricDossiers } from './use-cases/import-historic-dossiers.ts';
import { listDossiersUseCase } from './use-cases/list-dossiers.ts';

/**
 * Circular 01/2018 statistics over dossiers brought in as history (the historic import), with their real
 * times: no clock is faked. March 2021 at one agency, a procedure of 3 working days (no holiday in March):
 * a dossier received Monday 01/03 at 08:00 is due Thursday 04/03 at 08:00.
 */
const AGENCY = '000.00.12.H59';
const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'stats-test' });
const officer = { name: 'Lê Thị Một Cửa' };
const specialist = { name: 'Trần Văn Chuyên' };
const leader = { name: 'Phạm Thị Lãnh Đạo' };
const ev = (
  action: THistoricEvent['action'],
  at: string,
  over: Partial<THistoricEvent> = {},
): THistoricEvent => ({
  action,
  at: `2021-${at}:00+07:00`,
  performer: action === 'submit' ? { name: 'Nguyễn Văn An', kind: 'applicant' } : officer,
  ...over,
});
const received = (at: string) => [ev('receive', at), ev('forward', at.replace(/:00$/, ':30'))];
const done = (at: string) => [
  ev('process', at, { performer: specialist }),
  ev('approve', at.replace(/:00$/, ':30'), { performer: leader }),
];
let n = 0;
const dossier = (events: THistoricEvent[], over: Partial<THistoricDossier> = {}): THistoricDossier => ({
  code: `${AGENCY}-2103${String(10 + (n % 20)).padStart(2, '0')}-${String(++n).padStart(4, '0')}`,
  procedureCode: '1.001612.H59',
  agencyCode: AGENCY,
  channel: 'direct',
  applicant: { name: `Người nộp ${n}`, phone: '0912345678' },
  events,
  ...over,
});

const CASES = {
  early: dossier([...received('03-01T08:00'), ...done('03-02T09:00'), ev('return', '03-02T14:00')], {
    rating: { value: 4, at: '2021-03-03T08:00:00+07:00' },
  }),
  onTime: dossier([...received('03-01T08:00'), ...done('03-04T07:00')]),
  late: dossier([...received('03-01T08:00'), ...done('03-05T09:00')]),
  onlineEarly: dossier(
    [
      ev('submit', '03-01T07:00'),
      ev('accept', '03-01T09:00'),
      ev('forward', '03-01T09:30'),
      ...done('03-02T10:00'),
    ],
    { channel: 'online' },
  ),
  withinDeadline: dossier(received('03-29T08:00')),
  overdue: dossier(received('03-10T08:00')),
  /** Due 15/03, but waiting for the applicant's supplement since 11/03 and until the end of March. */
  waiting: dossier([
    ...received('03-10T08:00'),
    ev('request_supplement', '03-11T09:00', { performer: specialist, note: 'Bổ sung bản sao giấy phép' }),
  ]),
  /** The same wait, ended on 25/03: the promise moved by ten working days to 29/03, then passed. */
  handedIn: dossier([
    ...received('03-10T08:00'),
    ev('request_supplement', '03-11T09:00', { performer: specialist, note: 'Bổ sung bản sao giấy phép' }),
    ev('resubmit', '03-25T09:00'),
  ]),
  withdrawn: dossier([
    ...received('03-03T08:00'),
    ev('withdraw', '03-05T10:00', { note: 'Công dân xin rút' }),
  ]),
  carriedOverLate: dossier([...received('02-25T08:00'), ...done('03-03T09:00')]),
  postalWithin: dossier([ev('receive', '03-30T10:00')], { channel: 'postal' }),
};

describe('Circular 01/2018 statistics over imported history (no fake clock)', () => {
  let t: TestDatabase;
  let deps: DossierDeps;
  let leaderActor: Actor;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, ctx(systemActor('seed')));
    const a = await makeAgency(t.db, { code: AGENCY, name: 'Sở Thông tin và Truyền thông' });
    leaderActor = actorFor(await makeOfficial(t.db, { agencyId: a.id, roles: ['leader'] }), [DOSSIER_GRANTS]);
    const catalogue: ProcedureCatalogue = {
      getProcedureForDossier: async (code) =>
        code === '1.001612.H59'
          ? {
              id: 'p3',
              nationalCode: code,
              name: 'Cấp giấy phép hoạt động in',
              agencyId: a.id,
              timeLimit: { amount: 3, unit: 'working_days' },
              fees: [],
              components: [],
              serviceLevel: 3,
              validate: () => [],
            }
          : undefined,
    };
    deps = createDossierDeps({ db: t.db, storage: new MemoryStorage(), catalogue });
    const result = await importHistoricDossiers(deps, ctx(systemActor('stats-test')), {
      importKey: 'stats-march-2021',
      body: { dossiers: Object.values(CASES) },
    });
    expect(result.created).toBe(Object.keys(CASES).length);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  const codesIn = async (period: { from: string; to: string }, figure: StatFigure) =>
    (await listDossiersUseCase(deps, ctx(leaderActor), { ...period, figure, limit: 200 })).items
      .map((d) => d.code)
      .sort();
  const codes = (...names: (keyof typeof CASES)[]) => names.map((k) => CASES[k].code).sort();

  it('counts March 2021: early, on time, late, in progress within deadline or overdue, withdrawn, carried over', async () => {
    const march = { from: '2021-03-01', to: '2021-03-31' };
    const stats = await dossierStatistics(deps, ctx(leaderActor), march);
    expect(stats.asOf).toBe('2021-03-31');
    expect(stats.total).toEqual({
      carriedOver: 1,
      received: { total: 10, direct: 8, online: 1, postal: 1 },
      totalToHandle: 11,
      finished: { total: 5, early: 2, onTime: 1, late: 2 },
      inProgress: { total: 5, withinDeadline: 3, overdue: 2 },
      withdrawn: 1,
      onlineRate: 10,
      onTimeRate: 60,
      satisfaction: { count: 1, average: 4 },
    });
    // The dossiers behind each figure, as the drill-down lists them.
    expect(await codesIn(march, 'early')).toEqual(codes('early', 'onlineEarly'));
    expect(await codesIn(march, 'on-time')).toEqual(codes('onTime'));
    expect(await codesIn(march, 'late')).toEqual(codes('late', 'carriedOverLate'));
    expect(await codesIn(march, 'overdue')).toEqual(codes('overdue', 'handedIn'));
    expect(await codesIn(march, 'within-deadline')).toEqual(
      codes('withinDeadline', 'waiting', 'postalWithin'),
    );
  });

  it('a dossier waiting for a supplement is neither overdue nor counting time; it counts again once handed in', async () => {
    // Until 20/03 both waited (the hand-in of 25/03 is later): within deadline though due on 15/03.
    const toTwentieth = { from: '2021-03-01', to: '2021-03-20' };
    expect(await codesIn(toTwentieth, 'overdue')).toEqual(codes('overdue'));
    expect(await codesIn(toTwentieth, 'within-deadline')).toEqual(codes('waiting', 'handedIn'));
    // "As of" a date after today: the applicant still has not handed it in, so it is still not overdue.
    const future = await dossierStatistics(deps, ctx(leaderActor), {
      from: '2021-03-01',
      to: '2099-12-31',
      asOf: '2099-12-31',
    });
    expect(future.total.inProgress).toEqual({ total: 5, withinDeadline: 1, overdue: 4 });
    const stats20 = await dossierStatistics(deps, ctx(leaderActor), toTwentieth);
    expect(stats20.total.inProgress).toMatchObject({ withinDeadline: 2, overdue: 1 });
  });

  it('imported due dates are whole minutes from the calendar, moved by the supplement wait', async () => {
    const [handedIn] = (
      await listDossiersUseCase(deps, ctx(leaderActor), {
        from: '2021-03-01',
        to: '2021-03-31',
        figure: 'overdue',
        limit: 200,
      })
    ).items.filter((d) => d.code === CASES.handedIn.code);
    // Due Monday 15/03 08:00; ten working days of waiting (11/03 09:00 → 25/03 09:00) move it to 29/03 08:00.
    expect(handedIn!.dueAt).toBe('2021-03-29T01:00:00.000Z');
  });
});
