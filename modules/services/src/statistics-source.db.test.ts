import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fields, procedures, serviceLevels } from './db/schema.ts';
import { servicesStatistics } from './statistics.ts';

/**
 * The catalogue's statistics source over a few procedures written straight into the tables. The catalogue
 * is a stock counted on one day (the period's last day, or `asOf`): a procedure whose last day is 31/03
 * counts on 31/03 and not on 01/04; one in force from 01/04 does not count on 31/03.
 */
describe('servicesStatistics (one statistics shape)', () => {
  let t: TestDatabase;
  const dic = randomUUID();
  const justice = randomUUID();
  const march = { from: '2021-03-01', to: '2021-03-31' };
  let n = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    const [field] = await t.db.insert(fields).values({ code: 'BC', name: 'Bưu chính' }).returning();
    const procedure = async (input: {
      agencyId: string;
      validFrom: string;
      validTo?: string;
      published?: boolean;
      level?: '3' | '4';
    }) => {
      n++;
      const [p] = await t.db
        .insert(procedures)
        .values({
          nationalCode: `1.00${n}`,
          name: `Thủ tục ${n}`,
          searchText: `thu tuc ${n}`,
          fieldId: field!.id,
          agencyId: input.agencyId,
          implementingLevel: 'province',
          timeLimitAmount: 5,
          timeLimitUnit: 'working_days',
          resultType: 'licence',
          resultName: 'Giấy phép',
          legalBasis: 'Luật Bưu chính 2010',
          publishedNationally: input.published ?? false,
          validFrom: input.validFrom,
          ...(input.validTo ? { validTo: input.validTo } : {}),
        })
        .returning();
      if (input.level) {
        await t.db.insert(serviceLevels).values({
          procedureId: p!.id,
          scheme: 'decree43',
          level: input.level,
          effectiveFrom: input.validFrom,
          effectiveTo: '2022-06-23',
        });
      }
    };
    await procedure({ agencyId: dic, validFrom: '2020-01-01', level: '4', published: true });
    await procedure({ agencyId: dic, validFrom: '2020-01-01', level: '3' });
    await procedure({ agencyId: dic, validFrom: '2020-01-01', validTo: '2021-03-31', level: '4' }); // ends 31/03
    await procedure({ agencyId: dic, validFrom: '2021-04-01', level: '3' }); // starts 01/04
    await procedure({ agencyId: justice, validFrom: '2020-01-01', published: true }); // no level recorded
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('declares what it computes, and computes only that', async () => {
    const source = servicesStatistics({ db: t.db });
    expect(Object.keys(await source.compute({ period: march }))).toEqual(Object.keys(source.indicators));
  });

  it('counts the catalogue on the period’s last day, or on asOf', async () => {
    const source = servicesStatistics({ db: t.db });
    expect(await source.compute({ period: march })).toEqual({
      'services.procedures': { value: 4, parts: { 'decree43:3': 1, 'decree43:4': 2, none: 1 } },
      'services.publishedNationally': 2,
    });
    const april = await source.compute({ period: { from: '2021-04-01', to: '2021-04-01' } });
    expect(april['services.procedures']).toEqual({
      value: 4,
      parts: { 'decree43:3': 2, 'decree43:4': 1, none: 1 },
    });
    // asOf: the catalogue of that day whatever the period (the ended one is back, the new one not yet).
    const asOf = await source.compute({ period: { ...march, to: '2021-04-30', asOf: '2021-03-31' } });
    expect(asOf['services.procedures']).toEqual({
      value: 4,
      parts: { 'decree43:3': 1, 'decree43:4': 2, none: 1 },
    });
    const before = await source.compute({ period: { from: '2019-01-01', to: '2019-12-31' } });
    expect(before['services.procedures']).toEqual({ value: 0, parts: {} });
  });

  it('counts only the agencies asked for', async () => {
    const source = servicesStatistics({ db: t.db });
    expect(await source.compute({ period: march, agencyIds: [dic] })).toEqual({
      'services.procedures': { value: 3, parts: { 'decree43:3': 1, 'decree43:4': 2 } },
      'services.publishedNationally': 1,
    });
    expect(await source.compute({ period: march, agencyIds: [justice] })).toEqual({
      'services.procedures': { value: 1, parts: { none: 1 } },
      'services.publishedNationally': 1,
    });
    expect((await source.compute({ period: march, agencyIds: [] }))['services.procedures']).toEqual({
      value: 0,
      parts: {},
    });
  });
});
