import { type Actor, hasPermission, type Policy } from '@openprovince/platform';
import { PKI_PERMISSIONS } from './contracts/index.ts';

/**
 * Province CA officers (pki:manage-all) handle every agency; a certificate officer handles their own
 * agency, and another agency's requests and certificates do not exist for them (404, not 403).
 */
export const canManagePki: Policy<{ agencyId: string }> = (actor, subject) => {
  if (hasPermission(actor, PKI_PERMISSIONS.manageAll)) return true;
  if (actor.kind !== 'official' || !actor.permissions.has(PKI_PERMISSIONS.manage)) return false;
  return actor.agencyId === subject.agencyId ? 'allow' : 'hide';
};

/** Listing: the caller must be some kind of PKI officer; the query is then scoped. */
export const canListPki: Policy = (actor) =>
  hasPermission(actor, PKI_PERMISSIONS.manageAll) || hasPermission(actor, PKI_PERMISSIONS.manage);

export function seesAllAgencies(actor: Actor): boolean {
  return hasPermission(actor, PKI_PERMISSIONS.manageAll);
}

export const canReadStats: Policy<{ agencyId: string | null }> = (actor, subject) => {
  if (hasPermission(actor, PKI_PERMISSIONS.manageAll)) return true;
  if (actor.kind !== 'official' || !actor.permissions.has(PKI_PERMISSIONS.readStats)) return false;
  return subject.agencyId === actor.agencyId || hasPermission(actor, PKI_PERMISSIONS.manageAll);
};

/**
 * Who may sign with a certificate: a personal certificate only by its holder; an organisation certificate
 * by the agency's clerk (Decree 30/2020: the clerk keeps the organisation's key like the seal).
 */
export const canSignWith: Policy<{ kind: string; agencyId: string; holderOfficialId: string | null }> = (
  actor,
  cert,
) => {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'official') return false;
  if (cert.kind === 'personal') {
    if (cert.holderOfficialId === actor.userId) return true;
    return actor.agencyId === cert.agencyId ? 'deny' : 'hide';
  }
  if (actor.agencyId !== cert.agencyId) return 'hide';
  return actor.permissions.has(PKI_PERMISSIONS.signOrganisation);
};

/**
 * Adding validation data (B-LT) to a signed document: officials and platform jobs (the archive). It uses
 * no private key of a signer and changes nothing signed, but it is still an act on a record, so audited.
 */
export const canExtendSignatures: Policy = (actor) => actor.kind === 'official' || actor.kind === 'system';
