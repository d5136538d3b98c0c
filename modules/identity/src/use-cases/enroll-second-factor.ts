import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { newTotpSecret, otpauthUri } from '../domain/security/totp.ts';
import { canManageOfficial } from '../policies.ts';
import { findOfficialById, updateOfficialIfVersion } from '../repositories/official.repository.ts';

/** Gives an account a new TOTP secret and returns the otpauth:// URI to scan. The old secret stops working. */
export async function enrollSecondFactor(
  db: Db,
  ctx: RequestContext,
  input: { id: string; secret?: string },
): Promise<{ secret: string; uri: string }> {
  return db.transaction(async (tx) => {
    const official = await findOfficialById(tx, input.id);
    if (!official) throw new AppError('NOT_FOUND');
    authorize(ctx.actor, canManageOfficial, official);
    const secret = input.secret ?? newTotpSecret();
    const updated = await updateOfficialIfVersion(tx, {
      id: official.id,
      expectedVersion: official.version,
      changes: { totpSecret: secret, totpLastStep: null },
    });
    if (!updated) throw new AppError('VERSION_MISMATCH');
    await recordAudit(tx, ctx, {
      action: 'identity.official.enroll-second-factor',
      objectType: 'official',
      objectId: official.id,
      agencyId: official.agencyId,
    });
    return { secret, uri: otpauthUri({ secret, account: official.username }) };
  });
}
