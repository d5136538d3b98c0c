import { hasPermission, type Policy } from '@openprovince/platform';
import { SERVICES_PERMISSIONS as P } from './contracts/index.ts';

/**
 * The catalogue is public information (Decree 63/2010/NĐ-CP as amended by 92/2017: procedures are
 * published), so anyone reads it. Province administrators edit all of it; an agency's administrator
 * edits the procedures their agency is responsible for, and another agency's procedure is hidden (404)
 * from their edits so that scoping does not depend on the caller knowing the rule.
 */
export const canReadCatalogue: Policy = () => true;

/** For an existing procedure. */
export const canManageProcedure: Policy<{ agencyId: string }> = (actor, procedure) => {
  if (hasPermission(actor, P.manage)) return 'allow';
  if (actor.kind !== 'official' || !hasPermission(actor, P.manageOwn)) return 'deny';
  return actor.agencyId === procedure.agencyId ? 'allow' : 'hide';
};

/** For a new procedure, or moving one to another agency: assigning it to another agency is refused. */
export const canAssignProcedureTo: Policy<{ agencyId: string }> = (actor, target) => {
  if (hasPermission(actor, P.manage)) return 'allow';
  return actor.kind === 'official' && hasPermission(actor, P.manageOwn) && actor.agencyId === target.agencyId;
};

/** Any official may read the statistics; reporting jobs act as the system. */
export const canReadStats: Policy = () => true;
