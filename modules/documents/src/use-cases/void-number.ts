import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { DocumentDeps } from '../deps.ts';
import { canManageRegisters } from '../policies.ts';
import { findEntry, findRegister, voidEntry } from '../repositories/register.repository.ts';

/**
 * Records a number as void (e.g. the issued paper copy was destroyed before distribution). The number
 * stays in the register, marked void with its reason; it is never given again.
 */
export async function voidNumber(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { registerId: string; number: number; reason: string },
): Promise<void> {
  const register = await findRegister(deps.db, input.registerId);
  authorize(ctx.actor, canManageRegisters, { agencyId: register?.agencyId ?? '' });
  if (!register) throw new AppError('NOT_FOUND');
  await deps.db.transaction(async (tx) => {
    const entry = await findEntry(tx, register.id, input.number);
    if (!entry) {
      throw new AppError('NOT_FOUND', {
        detail: `Sổ chưa cấp số ${input.number}`,
        detailEn: `Number ${input.number} has not been given`,
      });
    }
    if (entry.status === 'void') {
      throw new AppError('INVALID_STATE', {
        detail: 'Số này đã hủy',
        detailEn: 'The number is already void',
      });
    }
    await voidEntry(tx, { id: entry.id, reason: nfc(input.reason), at: deps.now() });
    await recordAudit(tx, ctx, {
      action: 'documents.number.void',
      objectType: 'document_register',
      objectId: register.id,
      agencyId: register.agencyId,
      summary: { number: input.number, reason: nfc(input.reason) },
    });
  });
}
