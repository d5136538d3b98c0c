/**
 * @openprovince/dossiers: the one-stop dossier (hồ sơ) of Decree 61/2018 — submission, the national
 * lifecycle, deadlines from the work calendar, attachments, the mechanism's documents, citizen look-up and
 * the Circular 01/2018 statistics.
 *
 * The door (issue 10 §3): the manifest, the narrow api, the port types the composition root implements
 * (procedure catalogue, fee collector), the historic import the CLI runs, and what apps/api's and e2e's
 * cross-module tests use. Browser code and schemas: `@openprovince/dossiers/contracts`.
 */
export { dossiersApi } from './api.ts';
export { createDossierDeps } from './deps.ts';
export type { CatalogueProcedure, FeeCollector, FieldProblem, ProcedureCatalogue } from './domain/ports.ts';
export { DEFAULT_STEPS } from './domain/workflow.ts';
export { dossiersModule } from './module.ts';
export { seedDossiersDemo } from './seed/demo.ts';
export { importHistoricDossiers } from './use-cases/import-historic-dossiers.ts';
export { submitDossier } from './use-cases/submit-dossier.ts';
