import { recordAudit } from '@openprovince/audit';
import { type Db, isUniqueViolation } from '@openprovince/db';
import { AppError, nfc, type RequestContext } from '@openprovince/platform';
import type { TCitizen, TRegisterCitizenBody } from '../contracts/index.ts';
import { normalisePhone } from '../normalise.ts';
import { insertCitizen } from '../repositories/citizen.repository.ts';
import { hashPassword, passwordProblems } from '../security/passwords.ts';

/**
 * A citizen opens a local account (the VNeID adapter of the one-stop issue will add federated sign-in).
 * The personal ID number is unique, so a repeated registration is a 409, never a second account.
 */
export async function registerCitizen(
  db: Db,
  ctx: RequestContext,
  input: TRegisterCitizenBody,
): Promise<TCitizen> {
  const problems = passwordProblems(input.password, input.personalId);
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', {
      detail: problems.map((p) => p.message).join('; '),
      detailEn: problems.map((p) => p.messageEn).join('; '),
      errors: problems.map((p) => ({ path: '/body/password', ...p })),
    });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const row = await insertCitizen(tx, {
        personalId: input.personalId,
        fullName: nfc(input.fullName),
        phone: normalisePhone(input.phone),
        email: input.email?.toLowerCase() ?? null,
        passwordHash,
      });
      await recordAudit(
        tx,
        { ...ctx, actor: { kind: 'citizen', citizenId: row.id, fullName: row.fullName } },
        {
          action: 'identity.citizen.register',
          objectType: 'citizen',
          objectId: row.id,
          // Only the fact of registration is audited; the ID number and phone stay in the citizen record.
          summary: {},
        },
      );
      return {
        id: row.id,
        personalId: row.personalId,
        fullName: row.fullName,
        phone: row.phone,
        email: row.email,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw AppError.forField({
        code: 'CONFLICT',
        path: '/body/personalId',
        message: 'Số định danh cá nhân này đã có tài khoản',
        messageEn: 'An account already exists for this personal ID number',
      });
    }
    throw error;
  }
}
