import { ROLES } from '@openprovince/platform';
import { defineModule, type SharedDeps } from '@openprovince/platform/module';
import { PORTAL_GRANTS } from './contracts/index.ts';
import { portalRoutes } from './routes/post.routes.ts';
import { seedPortalDemo } from './seed/demo.ts';

export interface PortalDeps {
  db: SharedDeps['db'];
}

/** The provincial portal's news and its component sites (Decree 42/2022). */
export const portalModule = defineModule({
  name: 'portal',
  description: { vi: 'Cổng thông tin điện tử tỉnh', en: 'Provincial web portal' },
  roles: { portal_editor: ROLES.portal_editor },
  grants: PORTAL_GRANTS,
  deps: ({ db }): PortalDeps => ({ db }),
  routes: ({ db }) => portalRoutes(db),
  seed: {
    after: ['identity'],
    demo: ({ db }, { ctx, outputs }) =>
      seedPortalDemo(db, ctx, { agencyIdByKey: outputs.identity?.agencyIdByKey ?? {} }),
  },
});
