import { enqueueJob, listJobs, type NationalPortalSyncJob, QUEUES, runDueJobs } from '@openprovince/jobs';
import {
  type Actor,
  ANONYMOUS,
  createHttpApp,
  type HttpApp,
  type OfficialActor,
} from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  localNationalPortalAdapter,
  type NationalPortalAdapter,
} from './adapters/national-portal/adapter.ts';
import { INTEGRATIONS_PERMISSIONS } from './contracts/index.ts';
import type { IntegrationDeps } from './deps.ts';
import { integrationJobHandlers } from './jobs.ts';
import { listOutboundMessageRows } from './repositories/outbound.repository.ts';
import { integrationRoutes } from './routes/integration.routes.ts';
import { syncDossierStatus } from './use-cases/sync-dossier-status.ts';

const sync = (dossierCode: string, sequence: number, nationalStatus: number): NationalPortalSyncJob => ({
  dossierCode,
  procedureCode: '1.000948',
  nationalStatus,
  occurredAt: new Date(Date.UTC(2021, 1, 5, 9, sequence)).toISOString(),
  agencyCode: '000.00.12.H60',
  sequence,
});

describe('national portal sync (local adapter, contract)', () => {
  let t: TestDatabase;
  let deps: IntegrationDeps;
  const messages = async (dossierCode: string) =>
    (
      await listOutboundMessageRows(t.db, { target: 'national-portal', dossierCode, limit: 100, offset: 0 })
    ).rows
      .map((r) => [r.sequence, r.nationalStatus])
      .reverse();

  beforeAll(async () => {
    t = await createTestDatabase();
    deps = { db: t.db, nationalPortal: localNationalPortalAdapter() };
  });
  afterAll(async () => t?.destroy());

  it('records every status change queued, in the portal shape', async () => {
    for (const [seq, status] of [
      [1, 2],
      [2, 4],
      [3, 9],
    ] as const) {
      await enqueueJob(t.db, { queue: QUEUES.nationalPortalSync, payload: { ...sync('HS-1', seq, status) } });
    }
    expect(await runDueJobs(t.db, { handlers: integrationJobHandlers(deps) })).toEqual({
      done: 3,
      retried: 0,
      failed: 0,
    });
    expect(await messages('HS-1')).toEqual([
      [1, 2],
      [2, 4],
      [3, 9],
    ]);
    const [row] = (
      await listOutboundMessageRows(t.db, {
        target: 'national-portal',
        dossierCode: 'HS-1',
        limit: 1,
        offset: 0,
      })
    ).rows;
    expect(row!.payload).toMatchObject({
      service: 'DongBoHoSoMC',
      data: [{ MaHoSo: 'HS-1', TrangThaiHoSo: '9' }],
    });
  });

  it('a job that runs twice records its update once', async () => {
    const job = { ...sync('HS-2', 1, 2) };
    expect(await syncDossierStatus(deps, job)).toBe('sent');
    expect(await syncDossierStatus(deps, job)).toBe('dropped');
    expect(await messages('HS-2')).toEqual([[1, 2]]);
  });

  it('drops an update older than one already sent (out of order after a retry)', async () => {
    expect(await syncDossierStatus(deps, { ...sync('HS-3', 2, 4) })).toBe('sent');
    expect(await syncDossierStatus(deps, { ...sync('HS-3', 1, 2) })).toBe('dropped');
    expect(await syncDossierStatus(deps, { ...sync('HS-3', 4, 10) })).toBe('sent');
    expect(await messages('HS-3')).toEqual([
      [2, 4],
      [4, 10],
    ]);
  });

  it('an adapter failure rolls back, the job retries and then sends', async () => {
    let failures = 1;
    const local = localNationalPortalAdapter();
    const flaky: NationalPortalAdapter = {
      name: 'flaky',
      async send(message, options) {
        if (failures-- > 0) throw new Error('Cổng DVC quốc gia không phản hồi (timeout)');
        return local.send(message, options);
      },
    };
    await enqueueJob(t.db, { queue: QUEUES.nationalPortalSync, payload: { ...sync('HS-4', 1, 2) } });
    const now = new Date();
    const handlers = integrationJobHandlers({ db: t.db, nationalPortal: flaky });
    expect(await runDueJobs(t.db, { handlers, now })).toMatchObject({ retried: 1 });
    expect(await messages('HS-4')).toEqual([]);
    expect(await runDueJobs(t.db, { handlers, now: new Date(now.getTime() + 11_000) })).toMatchObject({
      done: 1,
    });
    expect(await messages('HS-4')).toEqual([[1, 2]]);
  });

  it('refuses a malformed job (it fails and is kept for inspection)', async () => {
    await expect(syncDossierStatus(deps, { ...sync('HS-5', 1, 11) })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(syncDossierStatus(deps, { ...sync('HS-5', 0, 2) })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await enqueueJob(t.db, {
      queue: QUEUES.nationalPortalSync,
      payload: { dossierCode: 'HS-5' },
      maxAttempts: 1,
    });
    expect(await runDueJobs(t.db, { handlers: integrationJobHandlers(deps) })).toMatchObject({ failed: 1 });
    expect((await listJobs(t.db, { queue: QUEUES.nationalPortalSync, status: 'failed' })).length).toBe(1);
  });
});

describe('integration routes', () => {
  let t: TestDatabase;
  let app: HttpApp;
  const official = (permissions: string[]): OfficialActor => ({
    kind: 'official',
    userId: 'u1',
    username: 'u1',
    fullName: 'Quản trị',
    agencyId: '00000000-0000-4000-8000-0000000000a1',
    roles: [],
    permissions: new Set(permissions),
  });
  const ACTORS: Record<string, Actor> = {
    admin: official([INTEGRATIONS_PERMISSIONS.read]),
    officer: official([]),
  };
  beforeAll(async () => {
    t = await createTestDatabase();
    const deps = { db: t.db, nationalPortal: localNationalPortalAdapter() };
    await syncDossierStatus(deps, { ...sync('HS-9', 1, 2) });
    await syncDossierStatus(deps, { ...sync('HS-9', 2, 4) });
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'silent',
      resolveActor: async (r) => ACTORS[String(r.headers['x-test-actor'])] ?? ANONYMOUS,
    });
    await app.register(integrationRoutes({ db: t.db }));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('authorization: the national-portal messages need integrations:read (system administrators)', async () => {
    const url = '/api/integrations/national-portal/messages';
    expect((await app.inject({ url })).statusCode).toBe(401);
    expect((await app.inject({ url, headers: { 'x-test-actor': 'officer' } })).statusCode).toBe(403);
    const res = await app.inject({ url: `${url}?dossierCode=HS-9`, headers: { 'x-test-actor': 'admin' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(2);
    expect(res.json().items[0]).toMatchObject({ dossierCode: 'HS-9', sequence: 2, nationalStatus: 4 });
    expect(res.json().items[0].payload.data[0].TenTrangThaiHoSo).toBe('Đang xử lý');
  });
});
