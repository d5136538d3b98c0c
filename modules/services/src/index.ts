/**
 * @openprovince/services: the catalogue of administrative procedures of the one-stop system (issue 3):
 * procedures with national codes, fields, agencies, time limits, fees, components with e-forms, and the
 * online service level as effective-dated data (Decree 43/2011 levels 1–4, Decree 42/2022 full/partial).
 *
 * The door (issue 10 §3): the manifest, the narrow api the procedure catalogue port calls, and what
 * apps/api's cross-module tests use to set up procedures the way an administrator does. Schemas are in
 * `/contracts`.
 */
export { servicesApi } from './api.ts';
export { createServicesDeps } from './deps.ts';
export { servicesModule } from './module.ts';
export { createProcedure } from './use-cases/create-procedure.ts';
