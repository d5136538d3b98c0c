import { defineModule } from '@openprovince/platform/module';
import { INTEGRATIONS_GRANTS } from './contracts/index.ts';
import { createIntegrationDeps } from './deps.ts';
import { integrationJobHandlers } from './jobs.ts';
import { integrationRoutes } from './routes/integration.routes.ts';

/** Outside systems behind adapters: the national public-service portal first. */
export const integrationsModule = defineModule({
  name: 'integrations',
  description: { vi: 'Kết nối Cổng dịch vụ công quốc gia', en: 'National public-service portal' },
  grants: INTEGRATIONS_GRANTS,
  deps: createIntegrationDeps,
  routes: integrationRoutes,
  jobs: integrationJobHandlers,
});
