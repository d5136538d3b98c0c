/**
 * @openprovince/services: the catalogue of administrative procedures of the one-stop system (issue 3):
 * procedures with national codes, fields, agencies, time limits, fees, components with e-forms, and the
 * online service level as effective-dated data (Decree 43/2011 levels 1–4, Decree 42/2022 full/partial).
 */
export * from './contracts/index.ts';
export { type FormError, validateAnswers } from './domain/forms.ts';
export {
  DECREE42_EFFECTIVE,
  decree42ModeFor,
  LAST_DAY_OF_DECREE43,
  schemeInForce,
} from './domain/service-levels.ts';
export { servicesRoutes } from './routes/procedure.routes.ts';
export { DEMO_ASSUMPTIONS, REPORT_2021 } from './seed/demo-catalogue.ts';
export { type SeedServicesReport, seedServicesDemo } from './seed/seed-services-demo.ts';
/** The module's figures in the one statistics shape (dashboard, annual report). */
export { servicesStatistics } from './statistics.ts';
export { createProcedure } from './use-cases/create-procedure.ts';
export { getProcedure } from './use-cases/get-procedure.ts';
export { listFields } from './use-cases/list-fields.ts';
export { retireProcedure } from './use-cases/retire-procedure.ts';
export { searchProcedures } from './use-cases/search-procedures.ts';
export { serviceLevelStats } from './use-cases/service-level-stats.ts';
export { setServiceLevel } from './use-cases/set-service-level.ts';
export { updateProcedure } from './use-cases/update-procedure.ts';
export { validateSubmissionForm } from './use-cases/validate-submission-form.ts';
