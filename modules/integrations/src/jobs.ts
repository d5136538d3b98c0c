import { type JobHandler, QUEUES } from '@openprovince/jobs';
import type { IntegrationDeps } from './deps.ts';
import { syncDossierStatus } from './use-cases/sync-dossier-status.ts';

/** The handler the composition root registers with the job worker for the national-portal queue. */
export function integrationJobHandlers(deps: IntegrationDeps): Record<string, JobHandler> {
  return {
    [QUEUES.nationalPortalSync]: async (payload) => void (await syncDossierStatus(deps, payload)),
  };
}
