import { hasPermission, type Policy } from '@openprovince/platform';
import { IDENTITY_PERMISSIONS as P } from './contracts/index.ts';

/**
 * Who may do what with the directory and accounts. Agency scoping is the default: an official sees and
 * changes only the accounts of their own agency; another agency's account is hidden (404), not refused,
 * so that its existence does not leak.
 */
export const canManageAgencies: Policy = (actor) => hasPermission(actor, P.manageAgencies);

export const canReadOfficial: Policy<{ agencyId: string }> = (actor, official) => {
  if (hasPermission(actor, P.manageAllOfficials)) return 'allow';
  if (actor.kind !== 'official') return 'deny';
  if (actor.agencyId !== official.agencyId) return 'hide';
  return hasPermission(actor, P.readOwnOfficials) || hasPermission(actor, P.manageOwnOfficials)
    ? 'allow'
    : 'deny';
};

export const canListOfficials: Policy = (actor) =>
  hasPermission(actor, P.readOwnOfficials) ||
  hasPermission(actor, P.manageOwnOfficials) ||
  hasPermission(actor, P.manageAllOfficials);

/** For an existing account: another agency's account is hidden. */
export const canManageOfficial: Policy<{ agencyId: string }> = (actor, official) => {
  if (hasPermission(actor, P.manageAllOfficials)) return 'allow';
  if (actor.kind !== 'official') return 'deny';
  if (actor.agencyId !== official.agencyId) return 'hide';
  return hasPermission(actor, P.manageOwnOfficials) ? 'allow' : 'deny';
};

/** For a new account: creating one in another agency is refused outright. */
export const canCreateOfficialIn: Policy<{ agencyId: string }> = (actor, target) => {
  if (hasPermission(actor, P.manageAllOfficials)) return 'allow';
  return (
    actor.kind === 'official' &&
    actor.agencyId === target.agencyId &&
    hasPermission(actor, P.manageOwnOfficials)
  );
};

/** Only province-wide administrators may hand out province-wide roles. */
export const canAssignRoles: Policy<{ roles: readonly string[] }> = (actor, { roles }) =>
  hasPermission(actor, P.manageAllOfficials) || !roles.includes('system_admin');

/** The role table is for those who hand out roles: agency and province-wide account administrators. */
export const canListRoles: Policy = (actor) =>
  hasPermission(actor, P.manageOwnOfficials) || hasPermission(actor, P.manageAllOfficials);
