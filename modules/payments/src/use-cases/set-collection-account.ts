import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, newId, nfc, type RequestContext } from '@openprovince/platform';
import { canManageCollectionAccounts } from '../policies.ts';
import { upsertCollectionAccount } from '../repositories/payment-intent.repository.ts';

export interface SetCollectionAccountInput {
  /** Null: the province's default, for agencies without their own. */
  agencyId: string | null;
  bin: string;
  accountNumber: string;
  accountName: string;
}

/** Sets the bank account an agency's fees are paid into (new payment requests only). */
export async function setCollectionAccount(
  db: Db,
  ctx: RequestContext,
  input: SetCollectionAccountInput,
): Promise<void> {
  authorize(ctx.actor, canManageCollectionAccounts, undefined);
  if (!/^\d{6}$/.test(input.bin) || !/^[0-9A-Za-z]{1,19}$/.test(input.accountNumber)) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Mã BIN ngân hàng gồm 6 chữ số; số tài khoản tối đa 19 ký tự chữ và số',
      detailEn: 'The bank BIN has 6 digits; the account number up to 19 letters and digits',
    });
  }
  await db.transaction(async (tx) => {
    await upsertCollectionAccount(tx, {
      id: newId(),
      agencyId: input.agencyId,
      bin: input.bin,
      accountNumber: input.accountNumber,
      accountName: nfc(input.accountName),
      updatedAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      action: 'payments.collection-account.set',
      objectType: 'collection_account',
      objectId: input.agencyId ?? 'province',
      agencyId: input.agencyId,
      summary: { bin: input.bin, accountNumber: input.accountNumber },
    });
  });
}
