import { sql } from '@openprovince/db';
import type { RequestContext } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityApi } from './api.ts';
import { actorFor, makeAgency, makeCitizen, makeOfficial } from './testing/index.ts';
import { createAgency } from './use-cases/create-agency.ts';
import { listAgencies } from './use-cases/list-agencies.ts';
import { updateAgency } from './use-cases/update-agency.ts';

describe('agency directory', () => {
  let t: TestDatabase;
  let admin: RequestContext;
  let clerk: RequestContext;
  let parentId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    const home = await makeAgency(t.db, { name: 'Ủy ban nhân dân tỉnh Trà Vinh', abbreviation: 'UBND' });
    parentId = home.id;
    const root = await makeOfficial(t.db, { agencyId: home.id, roles: ['system_admin'] });
    const c = await makeOfficial(t.db, { agencyId: home.id, roles: ['clerk'] });
    admin = { actor: actorFor(root), requestId: 'dir-test' };
    clerk = { actor: actorFor(c), requestId: 'dir-test' };
  });
  afterAll(async () => t?.destroy());

  it('creates an agency, stores its name in NFC and finds it without diacritics', async () => {
    // "Sở Thông tin và Truyền thông" typed in decomposed form (as some phones send it)
    const decomposed = 'Sở Thông tin và Truyền thông'.normalize('NFD');
    const created = await createAgency(t.db, admin, {
      code: '000.00.31.H59',
      abbreviation: 'STTTT',
      name: decomposed,
      kind: 'department',
      level: 'province',
      sector: 'state',
      parentId,
      validFrom: '2008-04-01',
    });
    expect(created.name).toBe('Sở Thông tin và Truyền thông'.normalize('NFC'));
    for (const q of ['so thong tin', 'SỞ THÔNG TIN', 'stttt', '000.00.31']) {
      const found = await listAgencies(t.db, { q });
      expect(
        found.items.map((a) => a.code),
        q,
      ).toContain('000.00.31.H59');
    }
  });

  it('refuses a duplicate identification code with 409 and keeps the first', async () => {
    await expect(
      createAgency(t.db, admin, {
        code: '000.00.31.H59',
        abbreviation: 'X',
        name: 'Trùng mã',
        kind: 'department',
        level: 'province',
        sector: 'state',
        validFrom: '2021-01-01',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const found = await listAgencies(t.db, { q: '000.00.31.H59' });
    expect(found.items.map((a) => a.name)).toEqual(['Sở Thông tin và Truyền thông']);
  });

  it('authorization: an official without directory rights cannot create or change agencies', async () => {
    await expect(
      createAgency(t.db, clerk, {
        code: '000.00.99.H59',
        abbreviation: 'X',
        name: 'Không được',
        kind: 'department',
        level: 'province',
        sector: 'state',
        validFrom: '2021-01-01',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      updateAgency(t.db, clerk, { id: parentId, expectedVersion: 1, changes: { name: 'X' } }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('closes a merged agency: it stays in the directory "as of" earlier dates only', async () => {
    const ward = await makeAgency(t.db, {
      name: 'Ủy ban nhân dân Phường 2',
      abbreviation: 'UBND',
      level: 'commune',
      kind: 'people_committee',
      validFrom: '2021-01-01',
    });
    const closed = await updateAgency(t.db, admin, {
      id: ward.id,
      expectedVersion: 1,
      changes: { validTo: '2024-12-31' },
    });
    expect(closed.validTo).toBe('2024-12-31');
    const in2024 = await listAgencies(t.db, { q: 'phuong 2', asOf: '2024-06-01' });
    const in2025 = await listAgencies(t.db, { q: 'phuong 2', asOf: '2025-03-01' });
    expect(in2024.total).toBe(1);
    expect(in2025.total).toBe(0);
    // and the change is audited in the same transaction
    const audit = await t.db.execute(sql`select action from audit.audit_log where object_id = ${ward.id}`);
    expect((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toContain(
      'identity.agency.close',
    );
  });

  it('refuses a stale edit (412) and a move under its own sub-unit (422)', async () => {
    const dept = await makeAgency(t.db, { name: 'Sở Nội vụ', abbreviation: 'SNV' });
    const division = await makeAgency(t.db, {
      name: 'Phòng Tổ chức',
      abbreviation: 'PTC',
      kind: 'division',
      parentId: dept.id,
    });
    await updateAgency(t.db, admin, {
      id: dept.id,
      expectedVersion: 1,
      changes: { nameEn: 'Department of Home Affairs' },
    });
    await expect(
      updateAgency(t.db, admin, { id: dept.id, expectedVersion: 1, changes: { name: 'Ghi đè' } }),
    ).rejects.toMatchObject({ code: 'VERSION_MISMATCH' });
    await expect(
      updateAgency(t.db, admin, { id: dept.id, expectedVersion: 2, changes: { parentId: division.id } }),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED' });
    const children = await listAgencies(t.db, { parentId: dept.id });
    expect(children.items.map((a) => a.name)).toEqual(['Phòng Tổ chức']);
    const parent = await listAgencies(t.db, { q: 'so noi vu' });
    expect(parent.items.find((a) => a.id === dept.id)?.childCount).toBe(1);
    expect(children.items[0]?.childCount).toBe(0);
  });

  it('identityApi answers other modules without an actor: agencies by id and code, lineage, a citizen', async () => {
    const dept = await makeAgency(t.db, { name: 'Sở Y tế', abbreviation: 'SYT', parentId });
    const office = await makeAgency(t.db, { name: 'Văn phòng Sở', abbreviation: 'VPS', parentId: dept.id });
    expect((await identityApi.getAgency(t.db, { id: dept.id })).name).toBe('Sở Y tế');
    expect((await identityApi.getAgencyByCode(t.db, { code: dept.code })).id).toBe(dept.id);
    await expect(identityApi.getAgency(t.db, { id: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const lineage = await identityApi.describeAgencyLineage(t.db, { id: office.id });
    expect(lineage.map((a) => a.name)).toEqual(['Văn phòng Sở', 'Sở Y tế', 'Ủy ban nhân dân tỉnh Trà Vinh']);
    const citizen = await makeCitizen(t.db, { fullName: 'Thạch Thị Sa Rươne', email: null });
    expect(await identityApi.getCitizenProfile(t.db, { citizenId: citizen.id })).toEqual({
      fullName: 'Thạch Thị Sa Rươne',
      personalId: citizen.personalId,
      phone: '0912345678',
      email: null,
    });
    await expect(
      identityApi.getCitizenProfile(t.db, { citizenId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
