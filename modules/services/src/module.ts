import { defineModule } from '@openprovince/platform/module';
import { SERVICES_GRANTS } from './contracts/index.ts';
import { createServicesDeps } from './deps.ts';
import { servicesRoutes } from './routes/procedure.routes.ts';
import { seedServicesDemo } from './seed/demo.ts';
import { servicesStatistics } from './statistics.ts';

/** The catalogue of administrative procedures (issue 3). */
export const servicesModule = defineModule({
  name: 'services',
  description: { vi: 'Danh mục thủ tục hành chính', en: 'Catalogue of administrative procedures' },
  grants: SERVICES_GRANTS,
  deps: createServicesDeps,
  routes: (deps) => servicesRoutes(deps),
  seed: {
    after: ['identity'],
    demo: ({ db }, { ctx, outputs }) =>
      seedServicesDemo(db, ctx, { agencyIdByKey: outputs.identity?.agencyIdByKey ?? {} }),
  },
  statistics: servicesStatistics,
});
