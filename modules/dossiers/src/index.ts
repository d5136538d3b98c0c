/**
 * @openprovince/dossiers: the one-stop dossier (hồ sơ) of Decree 61/2018 — submission, the national
 * lifecycle, deadlines from the work calendar, attachments, the mechanism's documents, citizen look-up and
 * the Circular 01/2018 statistics.
 */
export * from './contracts/index.ts';
export {
  type AttachmentLimits,
  createDossierDeps,
  DEFAULT_ATTACHMENT_LIMITS,
  type DossierDeps,
} from './dossier-deps.ts';
export type {
  CatalogueProcedure,
  FeeCollector,
  FieldProblem,
  ProcedureCatalogue,
  ProcedureComponent,
  ProcedureSnapshot,
  TimeLimit,
} from './ports.ts';
export { dossierRoutes } from './routes/dossier.routes.ts';
export { dossierDraftRoutes } from './routes/draft.routes.ts';
export { type SeedDossiersOptions, seedDossiersDemo } from './seed/seed-dossiers-demo.ts';
/** The module's figures in the one statistics shape (dashboard, annual report). */
export { dossiersStatistics } from './statistics.ts';
export { communeStatistics } from './use-cases/commune-statistics.ts';
export { dossierStatistics, STATISTICS_DEFINITIONS } from './use-cases/dossier-statistics.ts';
export { findApplicantAccount } from './use-cases/find-applicant-account.ts';
export { getAttachment } from './use-cases/get-attachment.ts';
export { getDossier } from './use-cases/get-dossier.ts';
export { getDossierDocument } from './use-cases/get-dossier-document.ts';
export {
  type ImportHistoricDossiersInput,
  importHistoricDossiers,
} from './use-cases/import-historic-dossiers.ts';
export { listDossiersUseCase as listDossiers } from './use-cases/list-dossiers.ts';
export { listDrafts } from './use-cases/list-drafts.ts';
export { lookupDossier } from './use-cases/lookup-dossier.ts';
export { openDraft } from './use-cases/open-draft.ts';
export { purgeStaleDrafts } from './use-cases/purge-stale-drafts.ts';
export { rateDossier } from './use-cases/rate-dossier.ts';
export { dossierJobHandlers, recordPayment } from './use-cases/record-payment.ts';
export { saveDraft } from './use-cases/save-draft.ts';
export {
  type SubmitDossierInput,
  type SubmitDossierResult,
  submitDossier,
} from './use-cases/submit-dossier.ts';
export { type TransitionDossierInput, transitionDossier } from './use-cases/transition-dossier.ts';
export { uploadAttachment } from './use-cases/upload-attachment.ts';
export { formatDossierCode, parseDossierCode } from './workflow/dossier-code.ts';
export {
  classifyFinished,
  classifyInProgress,
  computeFigures,
  type StatFigures,
} from './workflow/statistics.ts';
export {
  DEFAULT_STEPS,
  DOSSIER_ACTIONS,
  type DossierAction,
  decideTransition,
  type ProcedureStep,
  RULES,
  TERMINAL_STATES,
  WORKFLOW,
} from './workflow/workflow.ts';
