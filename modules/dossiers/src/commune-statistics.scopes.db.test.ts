/**
 * The applicant's commune (dossiers.applicant_commune_code) and the figures by commune behind the
 * dashboard's map: validated against the communes in force on the day of filing, summed into today's
 * communes through the 2025 merges, scoped like the other statistics (authorization), and listed by the
 * map's drill-down exactly as counted.
 */
import { seedCalendar } from '@openprovince/calendar';
import { seedGeography } from '@openprovince/geography';
import { actorFor, makeAgency, makeOfficial } from '@openprovince/identity/testing';
import {
  type Actor,
  ANONYMOUS,
  createHttpApp,
  type HttpApp,
  type RequestContext,
  systemActor,
} from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCommuneStatsResult } from './contracts/index.ts';
import { DOSSIER_GRANTS } from './contracts/permissions.ts';
import { createDossierDeps, type DossierDeps } from './deps.ts';
import type { CatalogueProcedure, ProcedureCatalogue } from './domain/ports.ts';
import { dossierRoutes } from './routes/dossier.routes.ts';
import { seedDossiersDemo } from './seed/demo.ts';
import { communeStatistics } from './use-cases/commune-statistics.ts';
import { dossierStatistics } from './use-cases/dossier-statistics.ts';
import { submitDossier } from './use-cases/submit-dossier.ts';

const at = (local: string) => new Date(`${local}+07:00`);
const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'test' });
/** 2025 wards: Phường Trà Vinh (from Phường 1, Phường 3 and — through Phường 3 — Phường 2), Long Đức. */
const TRA_VINH = '29242';
const LONG_DUC = '29263';

describe('figures by the applicants’ communes (authorization)', () => {
  let t: TestDatabase;
  let deps: DossierDeps;
  let clock = at('2021-08-10T09:00:00');
  const actors: Record<string, Actor> = {};
  const agency: Record<'a' | 'b' | 'commune', string> = { a: '', b: '', commune: '' };
  const catalogue: ProcedureCatalogue = {
    getProcedureForDossier: async (id) => procedures.get(id),
  };
  const procedures = new Map<string, CatalogueProcedure>();
  let app: HttpApp;
  let n = 0;

  const receive = (as: string, procedureId: string, communeCode?: string): ReturnType<typeof submitDossier> =>
    submitDossier(deps, ctx(actors[as]!), {
      channel: 'direct',
      idempotencyKey: `commune-${++n}-${as}`,
      body: {
        procedureId,
        applicant: { name: 'Thạch Thị Sa Rây', ...(communeCode ? { communeCode } : {}) },
        answers: {},
      },
    });
  const get = (as: string, url: string) =>
    app.inject({ method: 'GET', url, headers: { 'x-test-actor': as } });
  const communeOf = (r: TCommuneStatsResult, code: string) => r.communes.find((c) => c.code === code);

  beforeAll(async () => {
    t = await createTestDatabase();
    const system = ctx(systemActor('seed'));
    await seedCalendar(t.db, system);
    await seedGeography(t.db, system);
    const a = await makeAgency(t.db, { name: 'Sở Tư pháp' });
    const b = await makeAgency(t.db, { name: 'Sở Y tế' });
    const committee = await makeAgency(t.db, {
      name: 'Ủy ban nhân dân Phường 1',
      kind: 'people_committee',
      level: 'commune',
      adminUnitCode: '29239',
    });
    Object.assign(agency, { a: a.id, b: b.id, commune: committee.id });
    const mk = async (agencyId: string, role: 'one_stop_officer' | 'leader' | 'specialist' | 'auditor') =>
      actorFor(await makeOfficial(t.db, { agencyId, roles: [role] }), [DOSSIER_GRANTS]);
    actors.officerA = await mk(a.id, 'one_stop_officer');
    actors.leaderA = await mk(a.id, 'leader');
    actors.specialistA = await mk(a.id, 'specialist');
    actors.officerB = await mk(b.id, 'one_stop_officer');
    actors.leaderB = await mk(b.id, 'leader');
    actors.auditor = await mk(a.id, 'auditor');
    actors.citizen = { kind: 'citizen', citizenId: '33333333-3333-4333-8333-333333333333', fullName: 'An' };
    for (const [id, agencyId] of [
      ['pa', a.id],
      ['pb', b.id],
    ] as const) {
      procedures.set(id, {
        id,
        nationalCode: `1.00000${id === 'pa' ? 1 : 2}.H59`,
        name: id === 'pa' ? 'Cấp phiếu lý lịch tư pháp' : 'Cấp chứng chỉ hành nghề',
        agencyId,
        timeLimit: { amount: 5, unit: 'working_days' },
        fees: [],
        components: [],
        serviceLevel: 3,
        validate: () => [],
      });
    }
    deps = createDossierDeps({ db: t.db, storage: new MemoryStorage(), catalogue, now: () => clock });
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'silent',
      rateLimit: { anonymousPerMinute: 100_000, accountPerMinute: 100_000 },
      resolveActor: async (request) => actors[String(request.headers['x-test-actor'])] ?? ANONYMOUS,
    });
    await app.register(dossierRoutes(deps));
    await app.ready();

    // 2021, at Sở Tư pháp: applicants of Phường 1, Phường 3 and Phường 2 (all in Phường Trà Vinh today),
    // of Xã Long Đức (Phường Long Đức today) and one who gave no commune. One at Sở Y tế from Phường 1.
    for (const code of ['29239', '29242', '29245', '29263', undefined]) await receive('officerA', 'pa', code);
    await receive('officerB', 'pb', '29239');
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('stores the applicant’s commune; refuses a code that is not a commune in force on the day of filing', async () => {
    clock = at('2026-03-02T09:00:00');
    try {
      const { dossier } = await receive('officerA', 'pa', LONG_DUC);
      expect(dossier.applicant.communeCode).toBe(LONG_DUC);
      // Phường 1 ended on 30/06/2025; 99999 never existed; 842 is a district (and not 5 digits).
      for (const code of ['29239', '99999']) {
        await expect(receive('officerA', 'pa', code)).rejects.toMatchObject({
          code: 'VALIDATION_FAILED',
          options: { errors: [{ path: '/body/applicant/communeCode' }] },
        });
      }
      const http = await app.inject({
        method: 'POST',
        url: '/api/dossiers/counter',
        headers: { 'x-test-actor': 'officerA', 'idempotency-key': 'commune-http-0001' },
        payload: { procedureId: 'pa', applicant: { name: 'An', communeCode: '842' } },
      });
      expect(http.statusCode).toBe(400);
      expect(http.json().errors[0].path).toContain('communeCode');
    } finally {
      clock = at('2023-01-10T09:00:00');
    }
  });

  it('a department’s leader sees his own dossiers by applicants’ communes, merged into today’s communes', async () => {
    const r = (await get('leaderA', '/api/dossier-stats/communes?from=2021-01-01&to=2021-12-31')).json();
    expect(r).toMatchObject({ from: '2021-01-01', to: '2021-12-31', mapDate: '2025-07-01' });
    expect(r.located).toBe(4);
    expect(r.unlocated).toBe(1);
    const traVinh = communeOf(r, TRA_VINH)!;
    expect(traVinh.name).toBe('Phường Trà Vinh');
    expect(traVinh.figures.received.total).toBe(3);
    expect(traVinh.applicantCommunes.map((c: { name: string }) => c.name)).toEqual([
      'Phường 1',
      'Phường 2',
      'Phường 3',
    ]);
    expect(communeOf(r, LONG_DUC)).toMatchObject({
      name: 'Phường Long Đức',
      applicantCommunes: [{ code: LONG_DUC, name: 'Xã Long Đức' }],
      figures: { received: { total: 1 } },
    });
    expect(r.communes).toHaveLength(2);
    // Every dossier of the agency's figures is either on the map or counted as without a commune.
    const stats = await dossierStatistics(deps, ctx(actors.leaderA!), {
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(r.located + r.unlocated).toBe(stats.total.totalToHandle);
  });

  it('authorization: stats-all sees the province; another agency is 404; no statistics right is 403', async () => {
    const period = 'from=2021-01-01&to=2021-12-31';
    const province = (await get('auditor', `/api/dossier-stats/communes?${period}`)).json();
    expect(communeOf(province, TRA_VINH)!.figures.received.total).toBe(4);
    const onlyB = (
      await get('auditor', `/api/dossier-stats/communes?${period}&agencyIds=${agency.b}`)
    ).json();
    expect(onlyB.communes.map((c: { code: string }) => c.code)).toEqual([TRA_VINH]);
    expect(onlyB.located).toBe(1);
    const mineB = (await get('leaderB', `/api/dossier-stats/communes?${period}`)).json();
    expect(mineB).toEqual(onlyB);

    expect(
      (await get('leaderA', `/api/dossier-stats/communes?${period}&agencyIds=${agency.b}`)).statusCode,
    ).toBe(404);
    expect(
      (await get('leaderA', `/api/dossier-stats/communes?${period}&agencyIds=${agency.a},${agency.b}`))
        .statusCode,
    ).toBe(404);
    expect((await get('specialistA', `/api/dossier-stats/communes?${period}`)).statusCode).toBe(403);
    expect((await get('citizen', `/api/dossier-stats/communes?${period}`)).statusCode).toBe(403);
    expect((await get('nobody', `/api/dossier-stats/communes?${period}`)).statusCode).toBe(401);
    expect(
      (await get('leaderA', '/api/dossier-stats/communes?from=2021-12-31&to=2021-01-01')).statusCode,
    ).toBe(400);
  });

  it('authorization: the map’s drill-down lists exactly the dossiers a commune counts, in the same scope', async () => {
    const period = 'from=2021-01-01&to=2021-12-31';
    const mine = (
      await get('leaderA', `/api/dossiers?${period}&applicantCommune=${TRA_VINH}&limit=200`)
    ).json();
    expect(mine.total).toBe(3);
    expect(mine.items.every((d: { agencyId: string }) => d.agencyId === agency.a)).toBe(true);
    const all = (
      await get('auditor', `/api/dossiers?${period}&applicantCommune=${TRA_VINH}&limit=200`)
    ).json();
    expect(all.total).toBe(4);
    const received = (
      await get('leaderA', `/api/dossiers?${period}&applicantCommune=${LONG_DUC}&figure=received`)
    ).json();
    expect(received.total).toBe(1);
    // Phường 1 is a 2021 commune, not one of the map's; another agency stays forbidden.
    expect((await get('leaderA', `/api/dossiers?${period}&applicantCommune=29239`)).statusCode).toBe(400);
    expect(
      (await get('leaderA', `/api/dossiers?${period}&applicantCommune=${TRA_VINH}&agencyIds=${agency.b}`))
        .statusCode,
    ).toBe(403);
  });

  it('demo dossiers: a commune committee’s applicants live in its commune, a department’s across the province', async () => {
    const system = ctx(systemActor('seed'));
    await seedDossiersDemo(deps, system, { count: 24, year: 2022, agencyIds: [agency.commune, agency.b] });
    const period = { from: '2022-01-01', to: '2022-12-31' };
    const ofCommittee = await communeStatistics(deps, system, { ...period, agencyIds: agency.commune });
    expect(ofCommittee.unlocated).toBe(0);
    expect(ofCommittee.communes.map((c) => c.code)).toEqual([TRA_VINH]);
    expect(ofCommittee.communes[0]!.applicantCommunes.map((c) => c.name)).toEqual(['Phường 1']);
    const ofDepartment = await communeStatistics(deps, system, { ...period, agencyIds: agency.b });
    expect(ofDepartment.unlocated).toBe(0);
    expect(ofDepartment.located).toBeGreaterThan(0);
    expect(ofDepartment.communes.length).toBeGreaterThan(3);
  });
});
