import { queryRows, sql } from '@openprovince/db';
import { systemActor } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAgencies } from '../use-cases/list-agencies.ts';
import { seedIdentityDemo } from './demo.ts';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';

const ctx = { actor: systemActor('test-seed'), requestId: 'seed-test' };

describe('demo directory seed', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.destroy());

  it('loads the report-scale directory, one account per role and a citizen, and is safe to run twice', async () => {
    const first = await seedIdentityDemo(t.db, ctx);
    expect(first.agenciesCreated).toBeGreaterThanOrEqual(591);
    expect(first.officialsCreated).toBe(DEMO_ACCOUNTS.length);
    expect(first.citizensCreated).toBe(1);
    const second = await seedIdentityDemo(t.db, ctx);
    expect(second).toMatchObject({ agenciesCreated: 0, officialsCreated: 0, citizensCreated: 0 });
    expect(second.agencyIdByKey).toEqual(first.agencyIdByKey);
    expect(second.officialIdByUsername).toEqual(first.officialIdByUsername);
    expect(Object.keys(first.officialIdByUsername)).toHaveLength(DEMO_ACCOUNTS.length);

    const [counts] = await queryRows<Record<string, number>>(
      t.db,
      sql`select
        count(*) filter (where uses_document_management)::int as dms,
        count(*) filter (where uses_document_management and level = 'province')::int as dms_province,
        count(*) filter (where uses_document_management and level = 'district')::int as dms_district,
        count(*) filter (where uses_document_management and level = 'commune')::int as dms_commune,
        count(*) filter (where on_private_network and sector = 'party')::int as net_party,
        count(*) filter (where on_private_network and sector = 'state')::int as net_state,
        count(*) filter (where kind = 'department')::int as departments
      from identity.agencies`,
    );
    expect(counts).toEqual({
      dms: 591,
      dms_province: 155,
      dms_district: 330,
      dms_commune: 106,
      net_party: 16,
      net_state: 134,
      departments: 19,
    });
  });

  it("shows 9 district and 106 commune People's Committees as of 2021, none of the districts after 2025-07-01", async () => {
    const count = async (level: 'district' | 'commune', asOf: string) =>
      (await listAgencies(t.db, { kind: 'people_committee', level, asOf, limit: 1 })).total;
    expect(await count('district', '2021-12-31')).toBe(9);
    expect(await count('commune', '2021-12-31')).toBe(106);
    expect(await count('commune', '2025-03-01')).toBe(104);
    expect(await count('district', '2025-07-01')).toBe(0);
  });
});
