import { AUDIT_GRANTS, auditRoutes } from '@openprovince/audit';
import { CALENDAR_GRANTS, calendarRoutes } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { GEOGRAPHY_GRANTS, geographyRoutes } from '@openprovince/geography';
import {
  agencyRoutes,
  authRoutes,
  type CookieOptions,
  IDENTITY_GRANTS,
  type IdentityDeps,
  officialRoutes,
} from '@openprovince/identity';
import type { HttpApp, RoleGrants } from '@openprovince/platform';

/**
 * THE list of mounted modules, in dependency order. Adding a module means adding it here: its role grants
 * join the permission table and its routes are registered.
 */
export const GRANTS: RoleGrants[] = [AUDIT_GRANTS, GEOGRAPHY_GRANTS, IDENTITY_GRANTS, CALENDAR_GRANTS];

export interface ModuleWiring {
  db: Db;
  identity: IdentityDeps;
  cookies: CookieOptions;
}

export function moduleRoutes(w: ModuleWiring): ((app: HttpApp) => Promise<void>)[] {
  return [
    auditRoutes(w.db),
    geographyRoutes(w.db),
    authRoutes(w.identity, w.cookies),
    agencyRoutes(w.identity),
    officialRoutes(w.identity),
    calendarRoutes(w.db),
  ];
}
