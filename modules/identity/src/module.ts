import { defineModule } from '@openprovince/platform/module';
import { createLocalIdentityProvider } from './adapters/federation/local-identity-provider.ts';
import { IDENTITY_GRANTS } from './contracts/index.ts';
import { IDENTITY_ROLES } from './contracts/roles.ts';
import { identityDepsFrom } from './deps.ts';
import { IDENTITY_SCHEDULES, identityJobHandlers } from './jobs.ts';
import { agencyRoutes } from './routes/agency.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { federationRoutes } from './routes/federation.routes.ts';
import { officialRoutes } from './routes/official.routes.ts';
import { roleRoutes } from './routes/role.routes.ts';
import { seedIdentityDemo } from './seed/demo.ts';

declare module '@openprovince/platform/module' {
  interface SeedOutputs {
    /** The demo directory: key (e.g. 'stttt') → agency id, username → official id. */
    identity: { agencyIdByKey: Record<string, string>; officialIdByUsername: Record<string, string> };
  }
}

/** The agency directory, officials and citizens, sign-in and sessions, roles and their permissions. */
export const identityModule = defineModule({
  name: 'identity',
  description: {
    vi: 'Danh bạ cơ quan, cán bộ, công dân, đăng nhập và phiên làm việc',
    en: 'Agency directory, officials, citizens, sign-in and sessions',
  },
  roles: IDENTITY_ROLES,
  grants: IDENTITY_GRANTS,
  deps: identityDepsFrom,
  routes: (deps) => async (app) => {
    await authRoutes(deps, { secure: deps.web.secureCookies })(app);
    // VNeID sign-in for citizens: the local provider stands in for the national one (same OIDC flow); a
    // production adapter is createOidcIdentityProvider with the provider's registration.
    if (deps.web.devIdentityProvider) {
      await federationRoutes(deps, {
        provider: createLocalIdentityProvider(),
        devProvider: true,
        secureCookies: deps.web.secureCookies,
      })(app);
    }
    await agencyRoutes(deps)(app);
    await officialRoutes(deps)(app);
    await roleRoutes(deps)(app);
  },
  jobs: identityJobHandlers,
  schedules: IDENTITY_SCHEDULES,
  seed: {
    after: ['geography'],
    demo: (deps, { ctx, onProgress }) =>
      seedIdentityDemo(deps.db, ctx, { onProgress: (done, total) => onProgress?.('directory', done, total) }),
  },
});
