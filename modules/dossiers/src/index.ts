/**
 * @openprovince/dossiers: the one-stop dossier (hồ sơ) of Decree 61/2018 — submission, the national
 * lifecycle, deadlines from the work calendar, attachments, the mechanism's documents, citizen look-up and
 * the Circular 01/2018 statistics.
 *
 * The door: the narrow api for other modules, the types it and the ports use, and what the composition
 * root (apps/api: routes, jobs, seed, CLI) mounts until the manifest (module.ts) carries it. Browser code
 * reads `@openprovince/dossiers/contracts`.
 */
export { dossiersApi } from './api.ts';
export { DRAFT_RETENTION_DAYS } from './contracts/drafts.ts';
export type * from './contracts/index.ts';
export { DOSSIER_GRANTS } from './contracts/permissions.ts';
export { type DossierAction, dossierWorkflow } from './contracts/workflow.ts';
export {
  type AttachmentLimits,
  createDossierDeps,
  DEFAULT_ATTACHMENT_LIMITS,
  type DossierDeps,
} from './deps.ts';
export type {
  CatalogueProcedure,
  FeeCollector,
  FieldProblem,
  ProcedureCatalogue,
  ProcedureComponent,
  ProcedureSnapshot,
  TimeLimit,
} from './domain/ports.ts';
export { DEFAULT_STEPS, type ProcedureStep } from './domain/workflow.ts';
export { dossiersModule } from './module.ts';
// Mounted by the composition root (apps/api/src/modules.ts, seed and CLI).
export { dossierRoutes } from './routes/dossier.routes.ts';
export { dossierDraftRoutes } from './routes/draft.routes.ts';
export { type SeedDossiersOptions, seedDossiersDemo } from './seed/demo.ts';
/** The module's figures in the one statistics shape (dashboard, annual report). */
export { dossiersStatistics } from './statistics.ts';
export {
  type ImportHistoricDossiersInput,
  importHistoricDossiers,
} from './use-cases/import-historic-dossiers.ts';
export { purgeStaleDrafts } from './use-cases/purge-stale-drafts.ts';
export { dossierJobHandlers } from './use-cases/record-payment.ts';
// apps/api's cross-module tests file dossiers the way a citizen does.
export {
  type SubmitDossierInput,
  type SubmitDossierResult,
  submitDossier,
} from './use-cases/submit-dossier.ts';
