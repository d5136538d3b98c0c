import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TProcedure, TServiceLevelInput } from '../contracts/index.ts';
import type { ServicesDeps } from '../deps.ts';
import { checkServiceLevelInput } from '../domain/service-levels.ts';
import { canManageProcedure } from '../policies.ts';
import { findProcedureById, updateProcedureIfVersion } from '../repositories/procedure.repository.ts';
import { writeServiceLevelChange } from '../repositories/service-level-change.ts';
import { failIfAny } from './check-procedure.ts';
import { getProcedure } from './get-procedure.ts';

/**
 * Records the online service level from a date onwards: the period in force the day before is closed,
 * later periods are replaced. The scheme must be the one in force on that date: Decree 43/2011 levels
 * 1–4 before 24/06/2022 (a Decree 43 level also opens its Decree 42 mode from 24/06/2022, see
 * decree42ModeFor), Decree 42/2022 full/partial from then. Needs the procedure's version (If-Match).
 */
export async function setServiceLevel(
  deps: ServicesDeps,
  ctx: RequestContext,
  input: { id: string; expectedVersion: number; change: TServiceLevelInput },
): Promise<TProcedure> {
  const { db } = deps;
  const current = await findProcedureById(db, input.id);
  if (!current) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, canManageProcedure, { agencyId: current.procedure.agencyId });
  const p = current.procedure;
  const errors = checkServiceLevelInput(input.change);
  if (input.change.effectiveFrom < p.validFrom) {
    errors.push({
      path: '/body/effectiveFrom',
      message: `Thủ tục chỉ có hiệu lực từ ${p.validFrom}`,
      messageEn: `The procedure applies only from ${p.validFrom}`,
    });
  }
  failIfAny(errors);
  if (p.validTo !== null) {
    throw new AppError('INVALID_STATE', {
      detail: 'Thủ tục đã bãi bỏ, không thể đổi mức độ',
      detailEn: 'The procedure has been retired; its level cannot change',
    });
  }
  await db.transaction(async (tx) => {
    const updated = await updateProcedureIfVersion(tx, {
      now: deps.now(),
      id: input.id,
      expectedVersion: input.expectedVersion,
      changes: {},
    });
    if (!updated) throw new AppError('VERSION_MISMATCH');
    const { before, removed } = await writeServiceLevelChange(tx, input.id, input.change);
    await recordAudit(tx, ctx, {
      action: 'services.procedure.set-service-level',
      objectType: 'procedure',
      objectId: input.id,
      agencyId: updated.agencyId,
      summary: { nationalCode: updated.nationalCode, change: input.change, before, replacedPeriods: removed },
    });
  });
  return getProcedure(deps, ctx, { idOrCode: input.id });
}
