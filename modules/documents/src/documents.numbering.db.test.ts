import { actorFor, makeAgency, makeOfficial, testReauthProofs } from '@openprovince/identity/testing';
import { type RequestContext, systemActor } from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_GRANTS } from './contracts/index.ts';
import { createDocumentDeps, type DocumentDeps } from './deps.ts';
import { createTestSigner } from './testing/index.ts';
import { listRegisterEntries, listRegisters } from './use-cases/list-registers.ts';
import { allocateNumber, seriesFor } from './use-cases/shared/numbering.ts';
import { voidNumber } from './use-cases/void-number.ts';

describe('numbering: registers per series, atomic and gap-free', () => {
  let t: TestDatabase;
  let deps: DocumentDeps;
  let agencyId: string;
  let clerkCtx: RequestContext;
  const at = new Date('2021-03-01T02:00:00Z');
  const series = (year = 2021, secrecy = 'normal', legalType = '') =>
    seriesFor({ agencyId, year, direction: 'outgoing', secrecy, legalType });

  beforeAll(async () => {
    t = await createTestDatabase();
    deps = createDocumentDeps({
      db: t.db,
      storage: new MemoryStorage(),
      signer: createTestSigner(),
      reauth: testReauthProofs(),
    });
    agencyId = (await makeAgency(t.db, { abbreviation: 'STTTT' })).id;
    const clerk = await makeOfficial(t.db, { agencyId, roles: ['clerk'] });
    clerkCtx = { actor: actorFor(clerk, [DOCUMENT_GRANTS]), requestId: 'test' };
  });
  afterAll(async () => t?.destroy());

  it('starts at 1 and counts up; a rolled-back transaction consumes no number', async () => {
    const take = () => t.db.transaction((tx) => allocateNumber(tx, { series: series(), at }));
    expect((await take()).number).toBe(1);
    expect((await take()).number).toBe(2);
    await expect(
      t.db.transaction(async (tx) => {
        const { number } = await allocateNumber(tx, { series: series(), at });
        expect(number).toBe(3);
        throw new Error('issuing failed after numbering');
      }),
    ).rejects.toThrow('issuing failed');
    expect((await take()).number).toBe(3);
  });

  it('a voided number is recorded as void and never given again', async () => {
    const [register] = await listRegisters(deps, clerkCtx, { agencyId, year: 2021 });
    await voidNumber(deps, clerkCtx, {
      registerId: register!.id,
      number: 2,
      reason: 'Bản giấy bị hỏng trước khi phát hành',
    });
    const next = await t.db.transaction((tx) => allocateNumber(tx, { series: series(), at }));
    expect(next.number).toBe(4);
    const entries = await listRegisterEntries(deps, clerkCtx, { registerId: register!.id });
    expect(entries.map((e) => [e.number, e.status])).toEqual([
      [1, 'used'],
      [2, 'void'],
      [3, 'used'],
      [4, 'used'],
    ]);
    expect(entries[1]!.voidReason).toContain('hỏng');
    await expect(
      voidNumber(deps, clerkCtx, { registerId: register!.id, number: 2, reason: 'lần nữa' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(
      voidNumber(deps, clerkCtx, { registerId: register!.id, number: 99, reason: 'chưa cấp' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('restarts at 01 on 1 January and keeps secret and legal series apart', async () => {
    const take = (s: ReturnType<typeof series>) =>
      t.db.transaction((tx) => allocateNumber(tx, { series: s, at }));
    expect((await take(series(2022))).number).toBe(1);
    expect((await take(series(2021, 'confidential'))).number).toBe(1);
    expect((await take(series(2021, 'top_secret'))).number).toBe(2);
    expect((await take(series(2021, 'normal', 'QĐ'))).number).toBe(1);
    expect((await take(series(2021, 'normal', 'NQ'))).number).toBe(1);
    expect((await take(series(2021))).number).toBe(5);
  });

  it('50 concurrent allocations on one register give 1..50: no duplicate, no gap', async () => {
    const s = seriesFor({ agencyId, year: 2023, direction: 'incoming', secrecy: 'normal' });
    const numbers = await Promise.all(
      Array.from({ length: 50 }, () => t.db.transaction((tx) => allocateNumber(tx, { series: s, at }))),
    );
    const sorted = numbers.map((n) => n.number).sort((a, b) => a - b);
    expect(sorted).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const [register] = await listRegisters(
      deps,
      { actor: systemActor('t'), requestId: 't' },
      { agencyId, year: 2023 },
    );
    expect(register!.lastNumber).toBe(50);
  });
});
