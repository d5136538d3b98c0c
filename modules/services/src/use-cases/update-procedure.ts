import { recordAudit } from '@openprovince/audit';
import { isUniqueViolation } from '@openprovince/db';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TimeLimitUnit, TProcedure, TProcedureStep, TUpdateProcedureBody } from '../contracts/index.ts';
import type { ServicesDeps } from '../deps.ts';
import { canAssignProcedureTo, canManageProcedure } from '../policies.ts';
import {
  findProcedureById,
  type NewProcedureRow,
  replaceComponents,
  replaceFeeLines,
  updateProcedureIfVersion,
} from '../repositories/procedure.repository.ts';
import { endServiceLevels } from '../repositories/service-level-change.ts';
import {
  checkComponents,
  checkReferences,
  checkStepAgencies,
  checkSteps,
  componentRows,
  failIfAny,
  feeRows,
  procedureSearchText,
  stepValues,
} from './check-procedure.ts';
import { getProcedure } from './get-procedure.ts';

/**
 * Edits a procedure. `expectedVersion` comes from If-Match: a stale edit gets 412. Fees and components,
 * when given, replace the old ones. `validTo` retires it (see retireProcedure for the dedicated call).
 */
export async function updateProcedure(
  deps: ServicesDeps,
  ctx: RequestContext,
  input: { id: string; expectedVersion: number; changes: TUpdateProcedureBody },
): Promise<TProcedure> {
  const { db } = deps;
  const current = await findProcedureById(db, input.id);
  if (!current) throw new AppError('NOT_FOUND');
  const existing = current.procedure;
  authorize(ctx.actor, canManageProcedure, { agencyId: existing.agencyId });
  const c = input.changes;
  if (c.agencyId && c.agencyId !== existing.agencyId) {
    authorize(ctx.actor, canAssignProcedureTo, { agencyId: c.agencyId });
  }
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', {
        detail: `Mã thủ tục ${existing.nationalCode} đang được dùng cho một thủ tục còn hiệu lực`,
        detailEn: `National code ${existing.nationalCode} is used by a procedure in force`,
      });
    }
    throw error;
  }
  return getProcedure(deps, ctx, { idOrCode: input.id });

  async function write() {
    await db.transaction(async (tx) => {
      const errors = checkComponents(c.components);
      errors.push(...(await checkReferences(tx, { fieldId: c.fieldId, agencyId: c.agencyId })));
      // The steps are checked against the time limit as it will be, when either changes.
      if (c.steps !== undefined || c.timeLimit !== undefined) {
        const steps = c.steps ?? (existing.steps as TProcedureStep[] | null) ?? [];
        const limit = c.timeLimit ?? {
          amount: existing.timeLimitAmount,
          unit: existing.timeLimitUnit as TimeLimitUnit,
        };
        const stepErrors = checkSteps(steps, limit);
        // A shorter time limit that the stored steps no longer fit is reported on the time limit.
        errors.push(
          ...(c.steps === undefined
            ? stepErrors.map((e) => ({ ...e, path: '/body/timeLimit/amount' }))
            : stepErrors),
        );
        errors.push(...(await checkStepAgencies(tx, c.steps)));
      }
      if (c.validTo && c.validTo < existing.validFrom) {
        errors.push({
          path: '/body/validTo',
          message: 'Ngày kết thúc trước ngày hiệu lực',
          messageEn: 'It ends before it starts',
        });
      }
      failIfAny(errors);
      const name = c.name !== undefined ? nfc(c.name) : existing.name;
      const changes: Partial<NewProcedureRow> = {
        name,
        searchText: procedureSearchText({ name, nationalCode: existing.nationalCode }),
        ...(c.fieldId !== undefined ? { fieldId: c.fieldId } : {}),
        ...(c.agencyId !== undefined ? { agencyId: c.agencyId } : {}),
        ...(c.implementingLevel !== undefined ? { implementingLevel: c.implementingLevel } : {}),
        ...(c.timeLimit !== undefined
          ? { timeLimitAmount: c.timeLimit.amount, timeLimitUnit: c.timeLimit.unit }
          : {}),
        ...(c.onlineTimeLimit !== undefined
          ? {
              onlineTimeLimitAmount: c.onlineTimeLimit?.amount ?? null,
              onlineTimeLimitUnit: c.onlineTimeLimit?.unit ?? null,
            }
          : {}),
        ...(c.resultType !== undefined ? { resultType: c.resultType } : {}),
        ...(c.resultName !== undefined ? { resultName: nfc(c.resultName) } : {}),
        ...(c.conditions !== undefined
          ? { conditions: c.conditions === null ? null : nfc(c.conditions) }
          : {}),
        ...(c.legalBasis !== undefined ? { legalBasis: nfc(c.legalBasis) } : {}),
        ...(c.publishedNationally !== undefined ? { publishedNationally: c.publishedNationally } : {}),
        ...(c.validTo !== undefined ? { validTo: c.validTo } : {}),
        ...(c.steps !== undefined ? { steps: stepValues(c.steps) } : {}),
      };
      const updated = await updateProcedureIfVersion(tx, {
        now: deps.now(),
        id: input.id,
        expectedVersion: input.expectedVersion,
        changes,
      });
      if (!updated) throw new AppError('VERSION_MISMATCH');
      if (c.fees) await replaceFeeLines(tx, input.id, feeRows(c.fees));
      if (c.components) await replaceComponents(tx, input.id, componentRows(c.components));
      if (c.validTo) await endServiceLevels(tx, input.id, c.validTo);
      await recordAudit(tx, ctx, {
        action: c.validTo ? 'services.procedure.retire' : 'services.procedure.update',
        objectType: 'procedure',
        objectId: input.id,
        agencyId: updated.agencyId,
        summary: {
          nationalCode: updated.nationalCode,
          fromVersion: input.expectedVersion,
          changed: Object.keys(c),
          ...(c.agencyId ? { fromAgencyId: existing.agencyId } : {}),
        },
      });
    });
  }
}
