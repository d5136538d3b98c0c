import { actorFor, makeAgency, makeOfficial } from '@openprovince/identity/testing';
import { systemActor } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PKI_GRANTS } from './contracts/index.ts';
import { createPkiDeps } from './deps.ts';
import { seedPkiDemo } from './seed/demo.ts';
import { listMySigningCertificates } from './use-cases/list-certificates.ts';

describe('certificates an official may sign with', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.destroy());

  it('authorization: the leader sees their personal certificate, the clerk also the agency seal, a specialist none', async () => {
    const agency = await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông', abbreviation: 'STTTT' });
    const leader = await makeOfficial(t.db, {
      agencyId: agency.id,
      username: 'lanhdao.stttt',
      roles: ['leader'],
    });
    const clerk = await makeOfficial(t.db, {
      agencyId: agency.id,
      username: 'vanthu.stttt',
      roles: ['clerk'],
    });
    const specialist = await makeOfficial(t.db, { agencyId: agency.id, roles: ['specialist'] });
    const deps = createPkiDeps({ db: t.db, masterKey: 'test-master-key-0123456789' });
    await seedPkiDemo(
      deps,
      { actor: systemActor('test'), requestId: 'seed' },
      {
        agencyIdByKey: { stttt: agency.id },
        officialIdByUsername: { 'lanhdao.stttt': leader.id, 'vanthu.stttt': clerk.id },
      },
    );
    const mine = (o: Parameters<typeof actorFor>[0]) =>
      listMySigningCertificates(deps, { actor: actorFor(o, [PKI_GRANTS]), requestId: 'r' });
    const forLeader = await mine(leader);
    expect(forLeader.map((c) => c.kind)).toEqual(['personal']);
    expect(forLeader[0]!.holderOfficialId).toBe(leader.id);
    const forClerk = await mine(clerk);
    expect(forClerk.map((c) => c.kind).sort()).toEqual(['organisation', 'personal']);
    expect(await mine(specialist)).toEqual([]);
  });
});
