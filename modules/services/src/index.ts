/**
 * @openprovince/services: the catalogue of administrative procedures of the one-stop system (issue 3):
 * procedures with national codes, fields, agencies, time limits, fees, components with e-forms, and the
 * online service level as effective-dated data (Decree 43/2011 levels 1–4, Decree 42/2022 full/partial).
 *
 * The door: the narrow api for other modules, the types it uses, and what the composition root mounts
 * until the manifest (module.ts) carries it. Browser code reads `@openprovince/services/contracts`.
 */
export { type FormError, servicesApi } from './api.ts';
export type * from './contracts/index.ts';
export { SERVICES_GRANTS } from './contracts/index.ts';
export { createServicesDeps, type ServicesDeps } from './deps.ts';
// apps/api's cross-module tests set up procedures the way an administrator does.
export { servicesModule } from './module.ts';
// Mounted by the composition root (apps/api/src/modules.ts and the demo seed).
export { servicesRoutes } from './routes/procedure.routes.ts';
export { type SeedServicesReport, seedServicesDemo } from './seed/demo.ts';
/** The module's figures in the one statistics shape (dashboard, annual report). */
export { servicesStatistics } from './statistics.ts';
export { createProcedure } from './use-cases/create-procedure.ts';
