/**
 * @openprovince/integrations: outside systems behind adapters. First: the national public-service portal,
 * to which every dossier state change is reported in the national status vocabulary (issue 3).
 */

export {
  createNationalPortalAdapter,
  localNationalPortalAdapter,
  NATIONAL_PORTAL_TARGET,
  type NationalPortalAdapter,
  type NationalPortalMessage,
} from './adapters/national-portal/adapter.ts';
export { portalDateTime, toNationalPortalPayload } from './adapters/national-portal/payload.ts';
export {
  INTEGRATIONS_GRANTS,
  INTEGRATIONS_PERMISSIONS,
  isNationalStatus,
  NATIONAL_STATUSES,
  type NationalStatus,
  type TNationalPortalPayload,
  type TOutboundMessage,
} from './contracts/index.ts';
export type { IntegrationDeps } from './deps.ts';
export { integrationJobHandlers } from './jobs.ts';
export { integrationsModule } from './module.ts';
export { integrationRoutes } from './routes/integration.routes.ts';
export { listNationalPortalMessages } from './use-cases/list-outbound-messages.ts';
export { type SyncOutcome, syncDossierStatus } from './use-cases/sync-dossier-status.ts';
