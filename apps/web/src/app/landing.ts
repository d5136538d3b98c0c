import { mayOpen } from './permissions.ts';
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
  const may = (page: Parameters<typeof mayOpen>[1]) => mayOpen(me.permissions, page);
  if (may('dossierWork')) return ROUTES.office;
  if (may('clerkWork')) return ROUTES.documents;
  if (may('accountAdmin')) return ROUTES.adminOfficials;
  if (may('agencyAdmin')) return ROUTES.adminAgencies;
  if (may('pki')) return ROUTES.pkiRequests;
  if (may('portalEditor')) return ROUTES.portalEditor;
  if (may('catalogue')) return ROUTES.adminProcedures;
  if (may('dashboard')) return ROUTES.dashboard;
  if (may('documents')) return ROUTES.documents;
  return ROUTES.me;
}
