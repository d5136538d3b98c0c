import { queryRows, sql } from '@openprovince/db';
import { makeAgency } from '@openprovince/identity/testing';
import { type Benchmark, createTestDatabase, figure } from '@openprovince/testing';
import { allocateNumber, seriesFor } from '../src/use-cases/shared/numbering.ts';

/**
 * Gap-free numbering under contention: rounds of 50 concurrent allocations on one register (each in its
 * own transaction: row-locked counter + register entry), against a baseline of 50 concurrent plain
 * single-row inserts into a table without a counter, measured in the same run on the same database.
 * Every round checks that the 50 numbers are exactly the next 50 (no duplicate, no gap).
 */
const CONCURRENCY = 50;

const benchmark: Benchmark = {
  name: 'documents.numbering',
  description: `Number allocations per second, ${CONCURRENCY} concurrent on one register, vs ${CONCURRENCY} concurrent single-row inserts (same run)`,
  async run() {
    const t = await createTestDatabase();
    try {
      const agency = await makeAgency(t.db, { abbreviation: 'BENCH' });
      await t.db.execute(
        sql`create table public.bench_plain (id bigserial primary key, agency_id uuid not null, at timestamptz not null)`,
      );
      const rounds = Number(process.env.BENCH_ROUNDS ?? 8);
      const at = new Date('2021-06-01T02:00:00Z');
      const series = seriesFor({ agencyId: agency.id, year: 2021, direction: 'outgoing', secrecy: 'normal' });
      let expectedNext = 1;
      let allocMs = 0;
      let plainMs = 0;
      for (let r = 0; r < rounds; r++) {
        let start = performance.now();
        const got = await Promise.all(
          Array.from({ length: CONCURRENCY }, () =>
            t.db.transaction((tx) => allocateNumber(tx, { series, at })),
          ),
        );
        allocMs += performance.now() - start;
        const numbers = got.map((g) => g.number).sort((a, b) => a - b);
        for (let i = 0; i < CONCURRENCY; i++) {
          if (numbers[i] !== expectedNext + i)
            throw new Error(`round ${r}: expected ${expectedNext + i}, got ${numbers[i]}`);
        }
        expectedNext += CONCURRENCY;
        start = performance.now();
        await Promise.all(
          Array.from({ length: CONCURRENCY }, () =>
            t.db.transaction((tx) =>
              tx.execute(sql`insert into public.bench_plain (agency_id, at) values (${agency.id}, ${at})`),
            ),
          ),
        );
        plainMs += performance.now() - start;
      }
      const [check] = await queryRows<{ n: number; max: number; distinct: number }>(
        t.db,
        sql`select count(*)::int as n, max(number)::int as max, count(distinct number)::int as distinct
            from documents.register_entries e join documents.registers r on r.id = e.register_id
            where r.agency_id = ${agency.id}`,
      );
      const total = rounds * CONCURRENCY;
      if (check?.n !== total || check.max !== total || check.distinct !== total) {
        throw new Error(`register has gaps or duplicates: ${JSON.stringify(check)}`);
      }
      return [
        figure({
          name: `gap-free number allocations (${CONCURRENCY} concurrent, one register, ${t.kind})`,
          value: Math.round(total / (allocMs / 1000)),
          unit: 'allocations/s',
          baseline: {
            name: `plain single-row inserts (${CONCURRENCY} concurrent)`,
            value: Math.round(total / (plainMs / 1000)),
            unit: 'inserts/s',
          },
        }),
      ];
    } finally {
      await t.destroy();
    }
  },
};

export default benchmark;
