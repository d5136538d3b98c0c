import { queryRows, sql } from '@openprovince/db';
import { type Actor, ANONYMOUS, createHttpApp, type HttpApp } from '@openprovince/platform';
import { fixedNow } from '@openprovince/platform/time';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterKitApi } from './api.ts';
import { STARTER_KIT_PERMISSIONS } from './contracts/index.ts';
import type { StarterKitDeps } from './deps.ts';
import { starterKitModule } from './module.ts';

const AGENCY = '0b0b0b0b-0000-4000-8000-000000000001';
const official = (permissions: string[]): Actor => ({
  kind: 'official',
  userId: '0b0b0b0b-0000-4000-8000-000000000002',
  username: 'canbo.mau',
  fullName: 'Cán bộ Mẫu',
  agencyId: AGENCY,
  roles: [],
  permissions: new Set(permissions),
});

describe('starter-kit on PostgreSQL', () => {
  let t: TestDatabase;
  let deps: StarterKitDeps;
  let app: HttpApp;
  const actors: Record<string, Actor> = {
    writer: official([STARTER_KIT_PERMISSIONS.write]),
    reader: official([]),
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    deps = { db: t.db, now: fixedNow('2021-03-01T08:00:00+07:00') };
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'silent',
      rateLimit: { anonymousPerMinute: 100_000, accountPerMinute: 100_000 },
      resolveActor: async (request) => actors[String(request.headers['x-test-actor'])] ?? ANONYMOUS,
    });
    const routes = starterKitModule.routes;
    if (!routes) throw new Error('starterKitModule declares no routes');
    await app.register(routes(deps));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  const post = (as: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/starter-kit/notes', headers: { 'x-test-actor': as }, payload });

  it('writes a note in the official’s agency, audited in the same transaction', async () => {
    const res = await post('writer', { text: 'Ghi chú đầu tiên' });
    expect(res.statusCode).toBe(201);
    const note = res.json() as { id: string; agencyId: string; createdAt: string };
    expect(note).toMatchObject({ agencyId: AGENCY, createdAt: '2021-03-01T01:00:00.000Z' });
    const audit = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit.audit_log where object_id = ${note.id}`,
    );
    expect(audit).toEqual([{ action: 'starter-kit.note.create' }]);
    expect(await starterKitApi.countNotes(t.db, { agencyId: AGENCY })).toBe(1);
  });

  it('refuses an official without the permission, and anonymous callers', async () => {
    expect((await post('reader', { text: 'x' })).statusCode).toBe(403);
    expect((await post('nobody', { text: 'x' })).statusCode).toBe(401);
  });

  it('answers 400 with the field named when the text is missing', async () => {
    expect((await post('writer', {})).statusCode).toBe(400);
  });
});
