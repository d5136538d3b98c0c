import { sql } from '@openprovince/db';
import { ANONYMOUS, createHttpApp, type HttpApp, systemActor } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRecordUnit } from './domain/timeline.ts';
import { geographyRoutes } from './routes/geography.routes.ts';
import { unitCounts } from './use-cases/count-units.ts';
import { findPredecessors } from './use-cases/find-predecessors.ts';
import { findSuccessors } from './use-cases/find-successors.ts';
import { getUnit } from './use-cases/get-unit.ts';
import { listUnits } from './use-cases/list-units.ts';
import { loadGeographyTimeline } from './use-cases/load-geography-timeline.ts';
import { seedGeography } from './use-cases/seed-geography.ts';

const system = { actor: systemActor('test'), requestId: 'req-geography-test' };
// Reads of public geography need no permission: the tests read as an anonymous visitor.
const visitor = { actor: ANONYMOUS, requestId: 'req-geography-visitor' };

describe('administrative geography (database)', () => {
  let t: TestDatabase;
  let app: HttpApp;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedGeography(t.db, system);
    app = await createHttpApp({
      resolveActor: async () => ANONYMOUS,
      cookieSecret: 'x'.repeat(32),
      logLevel: 'silent',
    });
    await app.register(geographyRoutes(t.db));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('loads idempotently, in one audited transaction', async () => {
    const audits = async () => {
      const result = await t.db.execute(
        sql`select count(*)::int as n from audit.audit_log where action = 'geography.dataset.load'`,
      );
      return (result as unknown as { rows: { n: number }[] }).rows[0]!;
    };
    expect((await audits()).n).toBe(1);
    const again = await seedGeography(t.db, system);
    expect(again).toEqual({ unitsInserted: 0, unitsUpdated: 0, changesInserted: 0, changesUpdated: 0 });
    expect((await audits()).n).toBe(1);
  });

  it('repairs a row changed since the last load, and records it', async () => {
    await t.db.execute(
      sql`update geography.administrative_units set full_name = 'X' where code = '29263' and valid_from = '2021-07-01'`,
    );
    expect(await seedGeography(t.db, system)).toMatchObject({ unitsUpdated: 1, unitsInserted: 0 });
    expect((await getUnit(t.db, visitor, { code: '29263', asOf: '2021-12-31' })).fullName).toBe(
      'Xã Long Đức',
    );
  });

  it('authorization: refuses loading by an anonymous caller, while reads need no permission', async () => {
    await expect(seedGeography(t.db, visitor)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('counts as of 2021 vs 2025 vs 2026', async () => {
    const c2021 = await unitCounts(t.db, visitor, { asOf: '2021-12-31' });
    expect(c2021).toMatchObject({
      covered: true,
      province: { code: '84', fullName: 'Tỉnh Trà Vinh' },
      counts: { province: 1, district: 9, commune: 106 },
    });
    expect(c2021.byType.district).toEqual({ 'thành phố': 1, huyện: 7, 'thị xã': 1 });
    const c2025 = await unitCounts(t.db, visitor, { asOf: '2025-03-01' });
    expect(c2025.counts).toEqual({ province: 1, district: 9, commune: 104 });
    const c2026 = await unitCounts(t.db, visitor, { asOf: '2026-01-01' });
    expect(c2026).toMatchObject({
      province: { code: '86', fullName: 'Tỉnh Vĩnh Long' },
      counts: { province: 1, district: 0, commune: 41 },
    });
    expect(c2026.byType.commune).toEqual({ phường: 6, xã: 35 });
    expect((await unitCounts(t.db, visitor, { asOf: '2020-01-01' })).covered).toBe(false);
  });

  it("shows a commune's name and parent as of 2021, and its successor as of 2026", async () => {
    const caNgang = await getUnit(t.db, visitor, { code: '29416', asOf: '2021-12-31' });
    expect(caNgang).toMatchObject({
      fullName: 'Thị trấn Cầu Ngang',
      parentCode: '848',
      validTo: '2025-06-30',
    });
    expect((await getUnit(t.db, visitor, { code: '848', asOf: '2021-12-31' })).fullName).toBe(
      'Huyện Cầu Ngang',
    );
    const later = await findSuccessors(t.db, visitor, { code: '29422', onDate: '2026-01-01' });
    expect(later.from.fullName).toBe('Xã Mỹ Long Bắc');
    expect(later.items.map((s) => [s.unit.code, s.unit.fullName, s.unit.parentCode])).toEqual([
      ['29419', 'Xã Mỹ Long', '86'],
    ]);
    expect(later.items[0]!.path[0]).toMatchObject({
      kind: 'merge',
      fromName: 'Xã Mỹ Long Bắc',
      toName: 'Xã Mỹ Long',
    });
    await expect(getUnit(t.db, visitor, { code: '848', asOf: '2026-01-01' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('shows Phường 2 as of 2024-06-01, and Phường 3 in its place as of 2025-03-01', async () => {
    expect(await getUnit(t.db, visitor, { code: '29245', asOf: '2024-06-01' })).toMatchObject({
      fullName: 'Phường 2',
      parentCode: '842',
    });
    await expect(getUnit(t.db, visitor, { code: '29245', asOf: '2025-03-01' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const wards2024 = await listUnits(t.db, visitor, { asOf: '2024-06-01', parentCode: '842' });
    const wards2025 = await listUnits(t.db, visitor, { asOf: '2025-03-01', parentCode: '842' });
    expect(wards2024.items.map((u) => u.code)).toContain('29245');
    expect(wards2025.items.map((u) => u.code)).not.toContain('29245');
    expect(wards2024.items).toHaveLength(10);
    expect(wards2025.items).toHaveLength(8);
    const s2025 = await findSuccessors(t.db, visitor, { code: '29245', onDate: '2025-03-01' });
    expect(s2025.items.map((s) => s.unit.fullName)).toEqual(['Phường 3']);
    const s2026 = await findSuccessors(t.db, visitor, { code: '29245', onDate: '2026-01-01' });
    expect(s2026.items.map((s) => s.unit.fullName)).toEqual(['Phường Trà Vinh']);
    expect(s2026.items[0]!.path.map((c) => c.effectiveDate)).toEqual(['2025-01-01', '2025-07-01']);
  });

  it('lists predecessors of a 2025 unit as they stood in 2021', async () => {
    const p = await findPredecessors(t.db, visitor, {
      code: '29242',
      onDate: '2026-01-01',
      asOf: '2021-12-31',
      level: 'commune',
    });
    expect(p.to.fullName).toBe('Phường Trà Vinh');
    expect(p.items.map((x) => x.unit.fullName)).toEqual([
      'Phường 1',
      'Phường 3',
      'Phường 2',
      'Phường 6',
      'Phường 9',
    ]);
  });

  it('maps a 2021 record to its unit for history and to the current unit for current screens', async () => {
    const timeline = await loadGeographyTimeline(t.db, visitor);
    const r = resolveRecordUnit(timeline, {
      unitCode: '29251',
      recordDate: '2021-11-20',
      currentDate: '2026-01-01',
    });
    expect(r.historical?.fullName).toBe('Phường 6');
    expect(r.current.map((u) => u.fullName)).toEqual(['Phường Trà Vinh']);
  });

  it('refuses a second version of a code in force on the same day', async () => {
    await expect(
      t.db.execute(sql`insert into geography.administrative_units
        (code, valid_from, valid_to, level, type, type_en, name, full_name, name_en, full_name_en, parent_code, legal_basis)
        values ('29242', '2025-01-01', null, 'commune', 'phường', 'ward', 'X', 'Phường X', 'X', 'Ward X', '842', 'test')`),
    ).rejects.toThrow();
  });

  describe('routes', () => {
    it('GET /api/geography/units?asOf=2021-12-31&level=district lists the 9 district-level units', async () => {
      const res = await app.inject({ url: '/api/geography/units?asOf=2021-12-31&level=district' });
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((u: { code: string }) => u.code)).toEqual([
        '842',
        '844',
        '845',
        '846',
        '847',
        '848',
        '849',
        '850',
        '851',
      ]);
    });

    it('GET /api/geography/units/:code answers 404 problem+json when the unit does not exist on that date', async () => {
      const res = await app.inject({ url: '/api/geography/units/842?asOf=2026-01-01' });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        code: 'NOT_FOUND',
        detailEn: 'No administrative unit had code 842 on 2026-01-01',
      });
      expect(res.json().detail).toContain('01/01/2026');
    });

    it('rejects a malformed date and a malformed code', async () => {
      expect((await app.inject({ url: '/api/geography/counts?asOf=31-12-2021' })).statusCode).toBe(400);
      expect((await app.inject({ url: '/api/geography/units/abc' })).statusCode).toBe(400);
    });

    it('GET successors and counts', async () => {
      const s = await app.inject({ url: '/api/geography/units/29245/successors?onDate=2026-01-01' });
      expect(s.statusCode).toBe(200);
      expect(s.json().items[0].unit.fullName).toBe('Phường Trà Vinh');
      const oldPhuong3 = await app.inject({
        url: '/api/geography/units/29242/successors?onDate=2026-01-01&asOf=2021-12-31',
      });
      expect(oldPhuong3.json().from.fullName).toBe('Phường 3');
      const c = await app.inject({ url: '/api/geography/counts?asOf=2021-12-31' });
      expect(c.json().counts).toEqual({ province: 1, district: 9, commune: 106 });
    });

    it('GET /api/geography/boundaries serves the 2025 GeoJSON with a long cache lifetime and an ETag', async () => {
      const res = await app.inject({ url: '/api/geography/boundaries' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/geo+json');
      expect(res.headers['cache-control']).toMatch(/max-age=2592000/);
      const body = res.json();
      expect(body.type).toBe('FeatureCollection');
      expect(body.features).toHaveLength(41);
      const again = await app.inject({
        url: '/api/geography/boundaries',
        headers: { 'if-none-match': String(res.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
    });
  });
});
