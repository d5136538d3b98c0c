import { defineQueue, handle } from '@openprovince/jobs';
import { newId, systemActor } from '@openprovince/platform';
import { defineModule, type ScheduleSpec } from '@openprovince/platform/module';
import { draftsCommand } from './cli.ts';
import { DOSSIER_GRANTS, DRAFT_RETENTION_DAYS } from './contracts/index.ts';
import { DOSSIERS_ROLES } from './contracts/roles.ts';
import { createDossierDeps } from './deps.ts';
import type { FeeCollector, ProcedureCatalogue } from './domain/ports.ts';
import { dossierRoutes } from './routes/dossier.routes.ts';
import { dossierDraftRoutes } from './routes/draft.routes.ts';
import { seedDossiersDemo } from './seed/demo.ts';
import { dossiersStatistics } from './statistics.ts';
import { purgeStaleDrafts } from './use-cases/purge-stale-drafts.ts';
import { dossierJobHandlers } from './use-cases/record-payment.ts';

declare module '@openprovince/platform/module' {
  interface PlatformPorts {
    /** The procedure catalogue (services module) as dossiers read it. */
    procedureCatalogue: ProcedureCatalogue;
    /** Fee collection (payments module): the VietQR payment request of a dossier. */
    fees: FeeCollector;
  }
}

/** Owned by dossiers: delete applicants' drafts not saved for DRAFT_RETENTION_DAYS (payload empty). */
export const DRAFTS_PURGE_QUEUE = defineQueue<Record<string, never>>('dossiers.drafts.purge');

const DOSSIER_SCHEDULES: readonly ScheduleSpec[] = [
  { name: 'dossiers.drafts-purge', queue: DRAFTS_PURGE_QUEUE.name, every: { days: 1 }, catchUp: 'latest' },
];

/** Agencies of the demo's dossiers: four departments and four communes of 2021 (two merged in 2025). */
const DEMO_DOSSIER_AGENCIES = [
  'stttt',
  'stp',
  'skhdt',
  'stnmt',
  'ubnd-xa-29239',
  'ubnd-xa-29242',
  'ubnd-xa-29236',
  'ubnd-xa-29266',
];
/** Demo dossiers at scale 1 (each goes through the real workflow; ~0.15 s each on PGlite). */
const DEMO_DOSSIERS = 120;

const systemContext = (name: string) => ({ actor: systemActor(name), requestId: `${name}-${newId()}` });

/** The one-stop dossier of Decree 61/2018: submission, lifecycle, deadlines, look-up, statistics. */
export const dossiersModule = defineModule({
  name: 'dossiers',
  description: { vi: 'Hồ sơ thủ tục hành chính một cửa', en: 'One-stop administrative dossiers' },
  roles: DOSSIERS_ROLES,
  grants: DOSSIER_GRANTS,
  deps: (shared) =>
    createDossierDeps({
      db: shared.db,
      storage: shared.storage,
      catalogue: shared.ports.procedureCatalogue,
      now: shared.now,
      publicBaseUrl: shared.config.publicBaseUrl,
      fees: shared.ports.fees,
    }),
  routes: (deps) => async (app) => {
    await dossierRoutes(deps)(app);
    await dossierDraftRoutes(deps)(app);
  },
  jobs: (deps) => ({
    ...dossierJobHandlers(deps),
    ...handle(DRAFTS_PURGE_QUEUE, async () => {
      await purgeStaleDrafts(deps, systemContext('drafts-retention'));
    }),
  }),
  schedules: DOSSIER_SCHEDULES,
  seed: {
    after: ['identity', 'calendar', 'services'],
    demo: async (deps, { ctx, outputs, scale }) => {
      const count = Math.round(DEMO_DOSSIERS * scale);
      if (count <= 0) return;
      const ids = outputs.identity?.agencyIdByKey ?? {};
      const agencyIds = DEMO_DOSSIER_AGENCIES.map((k) => ids[k]).filter((id): id is string => !!id);
      return seedDossiersDemo(deps, ctx, { count, year: 2021, agencyIds });
    },
  },
  cli: {
    drafts: {
      usage: `drafts purge [--days N]   Xóa bản nháp hồ sơ quá hạn lưu (mặc định ${DRAFT_RETENTION_DAYS} ngày) / purge stale application drafts`,
      run: draftsCommand,
    },
  },
  statistics: dossiersStatistics,
});
