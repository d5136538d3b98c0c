import { type Actor, hasPermission, type Policy } from '@openprovince/platform';
import { PAYMENTS_PERMISSIONS } from './contracts/index.ts';

/** Fees are requested by the agency handling the dossier (through the dossiers module) or by the system. */
export const canRequestPayment: Policy<{ agencyId: string }> = (actor, subject) =>
  actor.kind === 'system' || (actor.kind === 'official' && actor.agencyId === subject.agencyId);

export const canListPayments: Policy = (actor) => hasPermission(actor, PAYMENTS_PERMISSIONS.read);

/** Another agency's payment does not exist for the caller (404, not 403). */
export const canReadPayment: Policy<{ agencyId: string }> = (actor, subject) => {
  if (hasPermission(actor, PAYMENTS_PERMISSIONS.readAll)) return true;
  if (actor.kind === 'official' && actor.agencyId === subject.agencyId) {
    return hasPermission(actor, PAYMENTS_PERMISSIONS.read) ? 'allow' : 'deny';
  }
  return 'hide';
};

export const canManageCollectionAccounts: Policy = (actor) =>
  hasPermission(actor, PAYMENTS_PERMISSIONS.manage);

/** Agency scope of a listing: null means every agency. */
export function listingScope(actor: Actor): string | null {
  if (hasPermission(actor, PAYMENTS_PERMISSIONS.readAll)) return null;
  return actor.kind === 'official' ? actor.agencyId : '00000000-0000-0000-0000-000000000000';
}
