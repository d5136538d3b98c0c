import { ROUTES } from './routes.ts';

/**
 * The page an account lands on after signing in: the page of its work, not its account details. Decided
 * by permissions (what the roles grant), in the order of the work that waits for someone:
 *
 * - dossier work (receive, accept, process, approve, return): one-stop officers, specialists and leaders
 *   land on the work queue, where the dossiers waiting for their role are;
 * - registering and issuing documents: the clerk's documents;
 * - administration: accounts (or the agency directory) for administrators;
 * - certificates, the portal's posts, the procedure catalogue for their officers and editors;
 * - statistics only (an auditor): the dashboard;
 * - otherwise the account page.
 */
export function landingPath(me: { kind: string; permissions: readonly string[] }): string {
  if (me.kind === 'citizen') return ROUTES.myDossiers;
  const has = (...wanted: string[]) => wanted.some((p) => me.permissions.includes(p));
  if (has('dossiers:receive', 'dossiers:accept', 'dossiers:process', 'dossiers:approve', 'dossiers:return')) {
    return ROUTES.office;
  }
  if (has('documents:register', 'documents:issue')) return ROUTES.documents;
  if (has('identity:officials:manage', 'identity:officials:manage-all')) return ROUTES.adminOfficials;
  if (has('identity:agencies:manage')) return ROUTES.adminAgencies;
  if (has('pki:manage', 'pki:manage-all')) return ROUTES.pkiRequests;
  if (has('portal:edit', 'portal:edit-all')) return ROUTES.portalEditor;
  if (has('services:manage', 'services:manage-own')) return ROUTES.adminProcedures;
  if (has('dossiers:stats', 'dossiers:stats-all')) return ROUTES.dashboard;
  if (has('documents:read')) return ROUTES.documents;
  return ROUTES.me;
}
