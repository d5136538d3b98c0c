import { errorResponses, type HttpApp } from '@openprovince/platform';
import { IDENTITY_PERMISSIONS as P, RoleList } from '../contracts/index.ts';
import type { IdentityDeps } from '../deps.ts';
import { listRoles } from '../use-cases/list-roles.ts';

export function roleRoutes(deps: IdentityDeps) {
  return async (app: HttpApp): Promise<void> => {
    app.get(
      '/api/roles',
      {
        config: { access: { anyPermission: [P.manageOwnOfficials, P.manageAllOfficials] } },
        schema: {
          tags: ['officials'],
          summary: 'Vai trò và quyền của nền tảng / Roles and their permissions',
          response: { 200: RoleList, ...errorResponses },
        },
      },
      async (request) => listRoles(deps, request.ctx),
    );
  };
}
