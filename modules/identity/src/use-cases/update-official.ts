import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, hasPermission, nfc, type RequestContext } from '@openprovince/platform';
import { IDENTITY_PERMISSIONS, type TOfficial, type TUpdateOfficialBody } from '../contracts/index.ts';
import type { IdentityDeps } from '../deps.ts';
import { assertKnownRoles } from '../domain/known-roles.ts';
import { normalisePhone, officialSearchText } from '../domain/normalise.ts';
import { presentOfficial } from '../domain/present-identity.ts';
import { canAssignRoles, canManageOfficial } from '../policies.ts';
import { findAgencyById } from '../repositories/agency.repository.ts';
import {
  findOfficialById,
  replaceRoles,
  rolesOf,
  updateOfficialIfVersion,
} from '../repositories/official.repository.ts';
import { revokeSessionsOf } from '../repositories/session.repository.ts';
import { assertDivisionOf } from './division-rule.ts';

export async function updateOfficial(
  deps: Pick<IdentityDeps, 'db' | 'roles'>,
  ctx: RequestContext,
  input: { id: string; expectedVersion: number; changes: TUpdateOfficialBody },
): Promise<TOfficial> {
  return deps.db.transaction(async (tx) => {
    const current = await findOfficialById(tx, input.id);
    if (!current) throw new AppError('NOT_FOUND');
    authorize(ctx.actor, canManageOfficial, current);
    const c = input.changes;
    if (c.roles) {
      authorize(ctx.actor, canAssignRoles, { roles: c.roles });
      assertKnownRoles(deps.roles, c.roles);
    }
    if (c.agencyId && c.agencyId !== current.agencyId) {
      // Moving an account to another agency is a province-level decision.
      if (!hasPermission(ctx.actor, IDENTITY_PERMISSIONS.manageAllOfficials)) throw new AppError('FORBIDDEN');
      if (!(await findAgencyById(tx, c.agencyId))) throw new AppError('NOT_FOUND');
    }
    const agencyId = c.agencyId ?? current.agencyId;
    if (c.divisionId) await assertDivisionOf(tx, { divisionId: c.divisionId, agencyId });
    const fullName = c.fullName !== undefined ? nfc(c.fullName) : current.fullName;
    const email = c.email !== undefined ? (c.email?.toLowerCase() ?? null) : current.email;
    const updated = await updateOfficialIfVersion(tx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      changes: {
        fullName,
        email,
        agencyId,
        ...(c.position !== undefined ? { position: c.position === null ? null : nfc(c.position) } : {}),
        ...(c.phone !== undefined ? { phone: c.phone === null ? null : normalisePhone(c.phone) } : {}),
        ...(c.divisionId !== undefined ? { divisionId: c.divisionId } : {}),
        ...(c.agencyId && c.agencyId !== current.agencyId && c.divisionId === undefined
          ? { divisionId: null }
          : {}),
        ...(c.isActive !== undefined ? { isActive: c.isActive } : {}),
        searchText: officialSearchText({ fullName, username: current.username, email }),
      },
    });
    if (!updated) throw new AppError('VERSION_MISMATCH');
    if (c.roles) await replaceRoles(tx, input.id, c.roles);
    // A deactivated account, or one whose agency or roles changed, must sign in again.
    if (c.isActive === false || c.roles || (c.agencyId && c.agencyId !== current.agencyId)) {
      await revokeSessionsOf(tx, { kind: 'official', id: input.id }, new Date());
    }
    await recordAudit(tx, ctx, {
      action: 'identity.official.update',
      objectType: 'official',
      objectId: input.id,
      agencyId,
      summary: { changes: c, fromVersion: input.expectedVersion },
    });
    const agency = await findAgencyById(tx, agencyId);
    return presentOfficial(
      updated,
      c.roles ? [...c.roles].sort() : await rolesOf(tx, input.id),
      agency?.agency.name ?? '',
    );
  });
}
