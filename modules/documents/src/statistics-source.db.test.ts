import { randomUUID } from 'node:crypto';
import { fixedNow } from '@openprovince/platform/time';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directives, incoming, outgoing } from './db/schema.ts';
import { documentsStatistics } from './statistics.ts';

/**
 * The documents' statistics source over rows written straight into the tables, at the edges of March 2021
 * in the province's time (UTC+7): a document at 23:30 on 31/03 is March's; one at 00:10 on 01/04 is not.
 */
describe('documentsStatistics (one statistics shape)', () => {
  let t: TestDatabase;
  const dic = randomUUID();
  const health = randomUUID();
  const march = { from: '2021-03-01', to: '2021-03-31' };
  const now = fixedNow('2021-06-01T03:00:00Z');
  const both = [{ kind: 'personal' }, { kind: 'organisation' }];

  const issued = (agencyId: string, at: string, signatures: object[] = both) =>
    ({
      agencyId,
      status: 'issued',
      kind: 'cong_van',
      subject: `Công văn ${at}`,
      createdBy: randomUUID(),
      createdByName: 'Chuyên viên',
      issuedAt: new Date(at),
      signatures,
    }) as typeof outgoing.$inferInsert;
  const arrived = (agencyId: string, at: string, channel: 'paper' | 'platform' = 'paper') => ({
    agencyId,
    channel,
    senderName: 'UBND tỉnh',
    numberSymbol: `${at}/UBND`,
    subject: 'Văn bản đến',
    receivedAt: new Date(at),
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(outgoing).values([
      issued(dic, '2021-02-28T23:30:00+07:00'), // before the period
      issued(dic, '2021-03-01T00:10:00+07:00'),
      issued(dic, '2021-03-31T23:30:00+07:00', [{ kind: 'personal' }]), // last evening: in
      issued(dic, '2021-04-01T00:10:00+07:00'), // next day: out
      issued(health, '2021-03-15T09:00:00+07:00'),
    ]);
    const arrivals = await t.db
      .insert(incoming)
      .values([
        arrived(dic, '2021-03-31T23:30:00+07:00'),
        arrived(dic, '2021-03-05T09:00:00+07:00', 'platform'),
        arrived(dic, '2021-04-01T00:10:00+07:00'),
        arrived(health, '2021-03-05T09:00:00+07:00', 'platform'),
      ])
      .returning();
    const directive = (
      agencyId: string,
      createdAt: string,
      over: Partial<typeof directives.$inferInsert> = {},
    ) => ({
      agencyId,
      incomingId: arrivals[0]!.id,
      leaderName: 'Giám đốc',
      content: 'Giao phòng xử lý',
      leadUnit: 'Văn phòng',
      createdAt: new Date(createdAt),
      ...over,
    });
    await t.db.insert(directives).values([
      directive(dic, '2021-03-02T09:00:00+07:00', {
        status: 'finished',
        dueAt: new Date('2021-03-10T17:00:00+07:00'),
        finishedAt: new Date('2021-03-09T10:00:00+07:00'),
      }),
      directive(dic, '2021-03-31T23:30:00+07:00', {
        status: 'finished',
        dueAt: new Date('2021-04-02T17:00:00+07:00'),
        finishedAt: new Date('2021-04-05T10:00:00+07:00'),
      }),
      directive(dic, '2021-03-03T09:00:00+07:00', { dueAt: new Date('2021-03-20T17:00:00+07:00') }),
      directive(dic, '2021-03-04T09:00:00+07:00', { dueAt: new Date('2099-01-01T17:00:00+07:00') }),
      directive(dic, '2021-04-01T00:10:00+07:00'), // next day: out
      directive(health, '2021-03-04T09:00:00+07:00'),
    ]);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('declares what it computes, and computes only that', async () => {
    const source = documentsStatistics({ db: t.db, now });
    expect(Object.keys(await source.compute({ period: march }))).toEqual(Object.keys(source.indicators));
  });

  it('counts the period in province days, both ends whole', async () => {
    expect(await documentsStatistics({ db: t.db, now }).compute({ period: march })).toEqual({
      'documents.issued': { value: 3, parts: { signedPersonal: 3, signedOrganisation: 2 } },
      'documents.signedShare': 66.67,
      'documents.incoming': { value: 3, parts: { paper: 1, platform: 2 } },
      'documents.directivesFinished': { value: 2, parts: { onTime: 1, late: 1 } },
      'documents.directivesOpen': { value: 3, parts: { withinDeadline: 2, overdue: 1 } },
    });
    const nextDay = await documentsStatistics({ db: t.db, now }).compute({
      period: { from: '2021-04-01', to: '2021-04-01' },
    });
    expect(nextDay['documents.issued']).toEqual({
      value: 1,
      parts: { signedPersonal: 1, signedOrganisation: 1 },
    });
    expect(nextDay['documents.incoming']).toEqual({ value: 1, parts: { paper: 1 } });
    expect(nextDay['documents.directivesOpen']).toEqual({
      value: 1,
      parts: { withinDeadline: 1, overdue: 0 },
    });
  });

  it('counts only the agencies asked for', async () => {
    const source = documentsStatistics({ db: t.db, now });
    const dicOnly = await source.compute({ period: march, agencyIds: [dic] });
    expect(dicOnly['documents.issued']).toEqual({
      value: 2,
      parts: { signedPersonal: 2, signedOrganisation: 1 },
    });
    expect(dicOnly['documents.signedShare']).toBe(50);
    expect(dicOnly['documents.incoming']).toEqual({ value: 2, parts: { paper: 1, platform: 1 } });
    expect(dicOnly['documents.directivesOpen']).toEqual({
      value: 2,
      parts: { withinDeadline: 1, overdue: 1 },
    });
    const healthOnly = await source.compute({ period: march, agencyIds: [health] });
    expect(healthOnly['documents.issued']).toEqual({
      value: 1,
      parts: { signedPersonal: 1, signedOrganisation: 1 },
    });
    const none = await source.compute({ period: march, agencyIds: [] });
    expect(none['documents.issued']).toEqual({
      value: 0,
      parts: { signedPersonal: 0, signedOrganisation: 0 },
    });
    expect(none['documents.signedShare']).toBe(0);
  });
});
