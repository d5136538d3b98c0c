import { recordAudit } from '@openprovince/audit';
import { isUniqueViolation } from '@openprovince/db';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TCreateOfficialBody, TOfficial } from '../contracts/index.ts';
import type { IdentityDeps } from '../deps.ts';
import { assertKnownRoles } from '../domain/known-roles.ts';
import { normalisePhone, normaliseUsername, officialSearchText } from '../domain/normalise.ts';
import { presentOfficial } from '../domain/present-identity.ts';
import { hashPassword, passwordProblems } from '../domain/security/passwords.ts';
import { canAssignRoles, canCreateOfficialIn } from '../policies.ts';
import { findAgencyById } from '../repositories/agency.repository.ts';
import { insertOfficial } from '../repositories/official.repository.ts';
import { assertDivisionOf } from './division-rule.ts';

export async function createOfficial(
  deps: Pick<IdentityDeps, 'db' | 'roles'>,
  ctx: RequestContext,
  input: TCreateOfficialBody,
): Promise<TOfficial> {
  const { db } = deps;
  authorize(ctx.actor, canCreateOfficialIn, { agencyId: input.agencyId });
  authorize(ctx.actor, canAssignRoles, { roles: input.roles });
  assertKnownRoles(deps.roles, input.roles);
  const username = normaliseUsername(input.username);
  const problems = await passwordProblems(input.password, { username, fullName: input.fullName });
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', {
      detail: problems.map((p) => p.message).join('; '),
      detailEn: problems.map((p) => p.messageEn).join('; '),
      errors: problems.map((p) => ({ path: '/body/password', ...p })),
    });
  }
  const passwordHash = await hashPassword(input.password);
  const fullName = nfc(input.fullName);
  try {
    return await db.transaction(async (tx) => {
      const agency = await findAgencyById(tx, input.agencyId);
      if (!agency)
        throw new AppError('NOT_FOUND', { detail: 'Không tìm thấy cơ quan', detailEn: 'Agency not found' });
      if (input.divisionId)
        await assertDivisionOf(tx, { divisionId: input.divisionId, agencyId: input.agencyId });
      const row = await insertOfficial(
        tx,
        {
          username,
          fullName,
          agencyId: input.agencyId,
          divisionId: input.divisionId ?? null,
          position: input.position ? nfc(input.position) : null,
          email: input.email?.toLowerCase() ?? null,
          phone: input.phone ? normalisePhone(input.phone) : null,
          passwordHash,
          searchText: officialSearchText({ fullName, username, email: input.email ?? null }),
        },
        input.roles,
      );
      await recordAudit(tx, ctx, {
        action: 'identity.official.create',
        objectType: 'official',
        objectId: row.id,
        agencyId: row.agencyId,
        summary: { username, fullName, roles: input.roles },
      });
      return presentOfficial(row, [...input.roles].sort(), agency.agency.name);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw AppError.forField({
        code: 'CONFLICT',
        path: '/body/username',
        message: `Tên đăng nhập ${username} đã có người dùng, hãy chọn tên khác`,
        messageEn: `Username ${username} is taken; choose another`,
      });
    }
    throw error;
  }
}
