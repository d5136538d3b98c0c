import { type Actor, type Decision, hasPermission, type Policy } from '@openprovince/platform';
import { DOCUMENT_PERMISSIONS, type DocumentPermission } from './contracts/permissions.ts';

/**
 * Agency scoping: an official works with the documents of their own agency. Another agency's document
 * does not exist for them (404), unless it was sent to them — then it is their incoming row, which
 * belongs to their agency.
 */
export function inAgency(permission: DocumentPermission): Policy<{ agencyId: string }> {
  return (actor: Actor, subject): Decision => {
    if (actor.kind === 'system') return 'allow';
    if (actor.kind !== 'official') return 'deny';
    if (actor.agencyId !== subject.agencyId) return 'hide';
    return hasPermission(actor, permission) ? 'allow' : 'deny';
  };
}

export const canReadDocuments = inAgency(DOCUMENT_PERMISSIONS.read);
export const canDraft = inAgency(DOCUMENT_PERMISSIONS.draft);
export const canManageRegisters = inAgency(DOCUMENT_PERMISSIONS.manageRegisters);
export const canRegisterIncoming = inAgency(DOCUMENT_PERMISSIONS.register);
export const canDirect = inAgency(DOCUMENT_PERMISSIONS.direct);
export const canProcess = inAgency(DOCUMENT_PERMISSIONS.process);
export const canSeeStats = inAgency(DOCUMENT_PERMISSIONS.stats);

/** A document being edited is its drafter's and reviewers'; the flow table decides the rest. */
export const canActOnDocuments: Policy<{ agencyId: string }> = (actor, subject) => {
  if (actor.kind === 'system') return 'allow';
  if (actor.kind !== 'official') return 'deny';
  return actor.agencyId === subject.agencyId ? 'allow' : 'hide';
};
