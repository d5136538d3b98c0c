import { randomUUID } from 'node:crypto';
import { fixedNow } from '@openprovince/platform/time';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates } from './db/schema.ts';
import { pkiStatistics } from './statistics.ts';

/**
 * The certificates' statistics source over a few certificates written straight into the table, issued and
 * revoked at the edges of March 2021 in the province's time (UTC+7): 23:30 on 31/03 is March's, 00:10 on
 * 01/04 is not.
 */
describe('pkiStatistics (one statistics shape)', () => {
  let t: TestDatabase;
  const dic = randomUUID();
  const health = randomUUID();
  const march = { from: '2021-03-01', to: '2021-03-31' };
  // Today, for the default "as of": long after March.
  const now = fixedNow('2021-06-01T03:00:00Z');
  let serial = 0;

  const cert = (input: {
    agencyId: string;
    kind?: 'personal' | 'organisation';
    medium?: 'usb_token' | 'sim_pki';
    issuedAt: string;
    notAfter?: string;
    revokedAt?: string;
  }): typeof certificates.$inferInsert => ({
    id: randomUUID(),
    agencyId: input.agencyId,
    agencyName: 'Cơ quan',
    kind: input.kind ?? 'personal',
    medium: input.medium ?? 'usb_token',
    holderName: 'Nguyễn Văn An',
    serialNumber: (++serial).toString(16),
    subject: 'CN=Nguyễn Văn An',
    issuer: 'CN=CA tỉnh',
    certificateDer: 'MA==',
    keyHandle: `key-${serial}`,
    notBefore: new Date(input.issuedAt),
    notAfter: new Date(input.notAfter ?? '2024-01-01T00:00:00+07:00'),
    issuedAt: new Date(input.issuedAt),
    issuedByName: 'Trần Thị CA',
    ...(input.revokedAt
      ? { status: 'revoked', revokedAt: new Date(input.revokedAt), revocationReason: 'keyCompromise' }
      : {}),
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(certificates).values([
      cert({ agencyId: dic, issuedAt: '2021-02-28T23:30:00+07:00' }), // before the period
      cert({ agencyId: dic, issuedAt: '2021-03-01T00:10:00+07:00', medium: 'sim_pki' }),
      cert({ agencyId: dic, issuedAt: '2021-03-31T23:30:00+07:00', kind: 'organisation' }), // last evening: in
      cert({ agencyId: dic, issuedAt: '2021-04-01T00:10:00+07:00' }), // next day: out
      cert({
        agencyId: dic,
        issuedAt: '2020-05-01T09:00:00+07:00',
        revokedAt: '2021-03-31T23:30:00+07:00', // revoked on the last evening: in
      }),
      cert({ agencyId: health, issuedAt: '2021-03-10T09:00:00+07:00' }),
      cert({
        agencyId: health,
        issuedAt: '2020-05-01T09:00:00+07:00',
        revokedAt: '2021-04-01T00:10:00+07:00', // revoked the next morning: out
      }),
    ]);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('declares what it computes, and computes only that', async () => {
    const source = pkiStatistics({ db: t.db, now });
    expect(Object.keys(await source.compute({ period: march }))).toEqual(Object.keys(source.indicators));
  });

  it('counts issued and revoked in province days, active at the end of the period', async () => {
    const figures = await pkiStatistics({ db: t.db, now }).compute({ period: march });
    expect(figures).toEqual({
      // At the end of 31/03: the three issued before or in March at Sở TT&TT still active (one revoked),
      // and the one of the health department (the other is revoked today, so no longer counted).
      'pki.active': { value: 4, parts: { personal: 3, organisation: 1 } },
      'pki.activePersonal': { value: 3, parts: { usb_token: 2, sim_pki: 1 } },
      'pki.activeOrganisation': { value: 1, parts: { usb_token: 1, sim_pki: 0 } },
      'pki.issued': 3,
      'pki.revoked': 1,
    });
    const april = await pkiStatistics({ db: t.db, now }).compute({
      period: { from: '2021-04-01', to: '2021-04-01' },
    });
    expect(april['pki.issued']).toBe(1);
    expect(april['pki.revoked']).toBe(1);
    expect(april['pki.active']).toEqual({ value: 5, parts: { personal: 4, organisation: 1 } });
  });

  it('asOf moves the day the stock is counted on, not the flows', async () => {
    const figures = await pkiStatistics({ db: t.db, now }).compute({
      period: { ...march, asOf: '2021-02-28' },
    });
    // At the end of 28/02: the one issued that evening (the revoked ones are revoked today).
    expect(figures['pki.active']).toEqual({ value: 1, parts: { personal: 1, organisation: 0 } });
    expect(figures['pki.issued']).toBe(3);
  });

  it('counts only the agencies asked for', async () => {
    const source = pkiStatistics({ db: t.db, now });
    const dicOnly = await source.compute({ period: march, agencyIds: [dic] });
    expect(dicOnly['pki.issued']).toBe(2);
    expect(dicOnly['pki.revoked']).toBe(1);
    expect(dicOnly['pki.active']).toEqual({ value: 3, parts: { personal: 2, organisation: 1 } });
    const healthOnly = await source.compute({ period: march, agencyIds: [health] });
    expect(healthOnly['pki.issued']).toBe(1);
    expect(healthOnly['pki.revoked']).toBe(0);
    const none = await source.compute({ period: march, agencyIds: [] });
    expect(none['pki.issued']).toBe(0);
    expect(none['pki.active']).toEqual({ value: 0, parts: { personal: 0, organisation: 0 } });
  });
});
