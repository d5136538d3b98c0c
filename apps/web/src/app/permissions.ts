import { CALENDAR_PERMISSIONS } from '@openprovince/calendar/contracts';
import { DOCUMENT_PERMISSIONS } from '@openprovince/documents/contracts';
import { DOSSIER_PERMISSIONS } from '@openprovince/dossiers/contracts';
import { IDENTITY_PERMISSIONS } from '@openprovince/identity/contracts';
import { PKI_PERMISSIONS } from '@openprovince/pki/contracts';
import { PORTAL_PERMISSIONS } from '@openprovince/portal/contracts';
import { SERVICES_PERMISSIONS } from '@openprovince/services/contracts';

/**
 * Which permissions open which part of the workspace: any one of them is enough. The names come from the
 * modules' contracts (the same constants the API's routes check), so a renamed permission cannot leave
 * the web app offering a page the API then refuses. The API decides again on every call.
 */
export const PAGE_PERMISSIONS = {
  office: [DOSSIER_PERMISSIONS.read],
  counter: [DOSSIER_PERMISSIONS.receive],
  /** Dossier work waiting for someone: receive, accept, process, approve, return. */
  dossierWork: [
    DOSSIER_PERMISSIONS.receive,
    DOSSIER_PERMISSIONS.accept,
    DOSSIER_PERMISSIONS.process,
    DOSSIER_PERMISSIONS.approve,
    DOSSIER_PERMISSIONS.return,
  ],
  dashboard: [DOSSIER_PERMISSIONS.stats, DOSSIER_PERMISSIONS.statsAll],
  documents: [DOCUMENT_PERMISSIONS.read],
  documentNew: [DOCUMENT_PERMISSIONS.draft],
  /** The clerk's document work: registering incoming, issuing outgoing. */
  clerkWork: [DOCUMENT_PERMISSIONS.register, DOCUMENT_PERMISSIONS.issue],
  calendarAdmin: [CALENDAR_PERMISSIONS.manage],
  agencyAdmin: [IDENTITY_PERMISSIONS.manageAgencies],
  accountAdmin: [IDENTITY_PERMISSIONS.manageOwnOfficials, IDENTITY_PERMISSIONS.manageAllOfficials],
  catalogue: [SERVICES_PERMISSIONS.manage, SERVICES_PERMISSIONS.manageOwn],
  pki: [PKI_PERMISSIONS.manage, PKI_PERMISSIONS.manageAll],
  portalEditor: [PORTAL_PERMISSIONS.edit, PORTAL_PERMISSIONS.editAll],
} as const satisfies Record<string, readonly string[]>;

export type PagePermissions = keyof typeof PAGE_PERMISSIONS;

/** True when `held` contains any permission that opens `page`. */
export function mayOpen(held: readonly string[] | undefined, page: PagePermissions): boolean {
  return !!held && PAGE_PERMISSIONS[page].some((p) => held.includes(p));
}
