import { defineModule } from '@openprovince/platform/module';
import { PORTAL_GRANTS } from './contracts/index.ts';
import { PORTAL_ROLES } from './contracts/roles.ts';
import { createPortalDeps } from './deps.ts';
import { portalRoutes } from './routes/post.routes.ts';
import { seedPortalDemo } from './seed/demo.ts';
import { portalStatistics } from './statistics.ts';

/** The provincial portal's news and its component sites (Decree 42/2022). */
export const portalModule = defineModule({
  name: 'portal',
  description: { vi: 'Cổng thông tin điện tử tỉnh', en: 'Provincial web portal' },
  roles: PORTAL_ROLES,
  grants: PORTAL_GRANTS,
  deps: createPortalDeps,
  routes: (deps) => portalRoutes(deps),
  seed: {
    after: ['identity'],
    demo: ({ db }, { ctx, outputs }) =>
      seedPortalDemo(db, ctx, { agencyIdByKey: outputs.identity?.agencyIdByKey ?? {} }),
  },
  statistics: portalStatistics,
});
