import { type Actor, hasPermission, type Policy } from '@openprovince/platform';
import { PAYMENTS_PERMISSIONS } from './contracts/index.ts';

/** Fees are requested by the agency handling the dossier (through the dossiers module) or by the system. */
export const canRequestPayment: Policy<{ agencyId: string }> = (actor, subject) =>
  actor.kind === 'system' || (actor.kind === 'official' && actor.agencyId === subject.agencyId);

export const canListPayments: Policy = (actor) => hasPermission(actor, PAYMENTS_PERMISSIONS.read);

export interface PaymentSubject {
  agencyId: string;
  /** The citizen account that owes it (the dossier's applicant), or null. */
  payerCitizenId: string | null;
}

/**
 * Who may see a payment, and pay it through the simulator: the citizen who owes it; officials of the
 * collecting agency with payments:read; province-wide readers. Anyone else learns nothing (404, not 403).
 */
export const canReadPayment: Policy<PaymentSubject> = (actor, subject) => {
  if (hasPermission(actor, PAYMENTS_PERMISSIONS.readAll)) return true;
  if (actor.kind === 'official' && actor.agencyId === subject.agencyId) {
    return hasPermission(actor, PAYMENTS_PERMISSIONS.read) ? 'allow' : 'deny';
  }
  if (actor.kind === 'citizen' && subject.payerCitizenId !== null) {
    return actor.citizenId === subject.payerCitizenId ? 'allow' : 'hide';
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
