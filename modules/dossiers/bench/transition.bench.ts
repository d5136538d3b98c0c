import { seedCalendar } from '@openprovince/calendar';
import { sql } from '@openprovince/db';
import { actorFor, makeAgency, makeOfficial } from '@openprovince/identity/testing';
import { type Actor, type RequestContext, systemActor } from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { type Benchmark, createTestDatabase, figure } from '@openprovince/testing';
import { DOSSIER_GRANTS } from '../src/contracts/permissions.ts';
import { createDossierDeps } from '../src/deps.ts';
import type { CatalogueProcedure } from '../src/domain/ports.ts';
import { submitDossier } from '../src/use-cases/submit-dossier.ts';
import { transitionDossier } from '../src/use-cases/transition-dossier.ts';

/**
 * One dossier transition (the one-stop officer accepts: decide through the workflow table, write the state
 * with its version, the event, the audit record and the notification job in one transaction), against the
 * least any audited state change costs on the same database in the same run: one transaction that reads the
 * row, updates it with a version check and inserts one history row. The ratio says what the workflow kit,
 * the deadline and the audit chain add on top of the bare write.
 */
const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'bench' });

const benchmark: Benchmark = {
  name: 'dossiers.transition',
  description:
    'Dossier transitions (accept) per second, one after another, vs a bare read-update-insert transaction',
  async run() {
    const t = await createTestDatabase();
    try {
      const count = Number(process.env.BENCH_DOSSIERS ?? 60);
      let clock = new Date('2021-03-01T01:30:00Z');
      await seedCalendar(t.db, ctx(systemActor('seed')));
      const agency = await makeAgency(t.db, { code: '000.00.12.H59', name: 'Sở Thông tin và Truyền thông' });
      const officer = actorFor(
        await makeOfficial(t.db, { agencyId: agency.id, roles: ['one_stop_officer'] }),
        [DOSSIER_GRANTS],
      );
      const citizen: Actor = {
        kind: 'citizen',
        citizenId: '11111111-1111-4111-8111-111111111111',
        fullName: 'Nguyễn Văn An',
      };
      const procedure: CatalogueProcedure = {
        id: 'p3',
        nationalCode: '1.001612.H59',
        name: 'Cấp giấy phép hoạt động in',
        agencyId: agency.id,
        timeLimit: { amount: 3, unit: 'working_days' },
        fees: [],
        components: [{ key: 'don', name: 'Đơn đề nghị', required: true }],
        serviceLevel: 3,
        validate: () => [],
      };
      const deps = createDossierDeps({
        db: t.db,
        storage: new MemoryStorage(),
        catalogue: { getProcedureForDossier: async (id) => (id === 'p3' ? procedure : undefined) },
        now: () => clock,
      });
      const submitted = [];
      for (let i = 0; i < count; i++) {
        const { dossier } = await submitDossier(deps, ctx(citizen), {
          channel: 'online',
          idempotencyKey: `bench-transition-${i}`,
          body: { procedureId: 'p3', applicant: { name: 'Nguyễn Văn An', phone: '0912345678' }, answers: {} },
        });
        submitted.push(dossier);
      }
      clock = new Date(clock.getTime() + 30 * 60_000);

      let start = performance.now();
      for (const d of submitted) {
        const after = await transitionDossier(deps, ctx(officer), {
          id: d.id,
          expectedVersion: d.version,
          action: 'accept',
        });
        if (after.state !== 'accepted') throw new Error(`dossier ${d.code} is ${after.state}, not accepted`);
      }
      const transitionMs = performance.now() - start;

      await t.db.execute(
        sql`create table public.bench_rows (id int primary key, state text not null, version int not null)`,
      );
      await t.db.execute(
        sql`create table public.bench_events (id bigserial primary key, row_id int not null, action text not null, at timestamptz not null)`,
      );
      await t.db.execute(
        sql`insert into public.bench_rows select g, 'submitted', 1 from generate_series(1, ${count}) g`,
      );
      start = performance.now();
      for (let i = 1; i <= count; i++) {
        await t.db.transaction(async (tx) => {
          await tx.execute(sql`select * from public.bench_rows where id = ${i}`);
          await tx.execute(
            sql`update public.bench_rows set state = 'accepted', version = version + 1 where id = ${i} and version = 1`,
          );
          await tx.execute(
            sql`insert into public.bench_events (row_id, action, at) values (${i}, 'accept', ${clock})`,
          );
        });
      }
      const bareMs = performance.now() - start;

      return [
        figure({
          name: `dossier transitions, accept (${count} dossiers, ${t.kind})`,
          value: Math.round((count / (transitionMs / 1000)) * 10) / 10,
          unit: 'transitions/s',
          baseline: {
            name: 'bare read-update-insert transactions',
            value: Math.round((count / (bareMs / 1000)) * 10) / 10,
            unit: 'transactions/s',
          },
        }),
      ];
    } finally {
      await t.destroy();
    }
  },
};

export default benchmark;
