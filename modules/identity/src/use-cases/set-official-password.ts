import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { hashPassword, passwordProblems, verifyPassword } from '../domain/security/passwords.ts';
import { canManageOfficial } from '../policies.ts';
import { findOfficialById, updateOfficialIfVersion } from '../repositories/official.repository.ts';
import { revokeSessionsOf } from '../repositories/session.repository.ts';

/**
 * An official changes their own password (giving the current one), or an administrator resets it.
 * Every session of the account ends either way.
 */
export async function setOfficialPassword(
  db: Db,
  ctx: RequestContext,
  input: { id: string; newPassword: string; currentPassword?: string },
): Promise<void> {
  const official = await findOfficialById(db, input.id);
  if (!official) throw new AppError('NOT_FOUND');
  const isSelf = ctx.actor.kind === 'official' && ctx.actor.userId === official.id;
  if (isSelf) {
    if (!(await verifyPassword(official.passwordHash, input.currentPassword ?? ''))) {
      throw new AppError('INVALID_CREDENTIALS');
    }
  } else {
    authorize(ctx.actor, canManageOfficial, official);
  }
  const problems = await passwordProblems(input.newPassword, {
    username: official.username,
    fullName: official.fullName,
  });
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', {
      detail: problems.map((p) => p.message).join('; '),
      detailEn: problems.map((p) => p.messageEn).join('; '),
      errors: problems.map((p) => ({ path: '/body/newPassword', ...p })),
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const updated = await updateOfficialIfVersion(tx, {
      id: official.id,
      expectedVersion: official.version,
      changes: { passwordHash },
    });
    if (!updated) throw new AppError('VERSION_MISMATCH');
    await revokeSessionsOf(tx, { kind: 'official', id: official.id }, new Date());
    await recordAudit(tx, ctx, {
      action: isSelf ? 'identity.official.change-password' : 'identity.official.reset-password',
      objectType: 'official',
      objectId: official.id,
      agencyId: official.agencyId,
    });
  });
}
