import { recordAudit } from '@openprovince/audit';
import { isUniqueViolation } from '@openprovince/db';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import { localDateOf } from '@openprovince/platform/time';
import type { TCreateProcedureBody, TProcedure } from '../contracts/index.ts';
import type { ServicesDeps } from '../deps.ts';
import { checkServiceLevelInput, periodsFrom } from '../domain/service-levels.ts';
import { canAssignProcedureTo } from '../policies.ts';
import {
  insertProcedure,
  insertServiceLevels,
  replaceComponents,
  replaceFeeLines,
} from '../repositories/procedure.repository.ts';
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

/** Adds a procedure to the catalogue (after the province's publication decision, công bố TTHC). */
export async function createProcedure(
  deps: ServicesDeps,
  ctx: RequestContext,
  input: TCreateProcedureBody,
): Promise<TProcedure> {
  const { db } = deps;
  authorize(ctx.actor, canAssignProcedureTo, { agencyId: input.agencyId });
  const validFrom = input.validFrom ?? localDateOf(deps.now());
  const name = nfc(input.name);
  const errors = [
    ...checkComponents(input.components),
    ...checkSteps(input.steps, input.timeLimit),
    ...checkServiceLevelInput(input.serviceLevel, '/body/serviceLevel'),
  ];
  if (input.serviceLevel.effectiveFrom < validFrom) {
    errors.push({
      path: '/body/serviceLevel/effectiveFrom',
      message: 'Mức độ không thể bắt đầu trước ngày thủ tục có hiệu lực',
      messageEn: 'The level cannot start before the procedure does',
    });
  }
  try {
    const id = await db.transaction(async (tx) => {
      failIfAny([
        ...errors,
        ...(await checkReferences(tx, input)),
        ...(await checkStepAgencies(tx, input.steps)),
      ]);
      const row = await insertProcedure(tx, {
        nationalCode: input.nationalCode,
        name,
        searchText: procedureSearchText({ name, nationalCode: input.nationalCode }),
        fieldId: input.fieldId,
        agencyId: input.agencyId,
        implementingLevel: input.implementingLevel,
        timeLimitAmount: input.timeLimit.amount,
        timeLimitUnit: input.timeLimit.unit,
        onlineTimeLimitAmount: input.onlineTimeLimit?.amount ?? null,
        onlineTimeLimitUnit: input.onlineTimeLimit?.unit ?? null,
        resultType: input.resultType,
        resultName: nfc(input.resultName),
        conditions: input.conditions ? nfc(input.conditions) : null,
        legalBasis: nfc(input.legalBasis),
        publishedNationally: input.publishedNationally ?? false,
        validFrom,
        validTo: null,
        steps: stepValues(input.steps ?? []),
      });
      await replaceFeeLines(tx, row.id, feeRows(input.fees ?? []));
      await replaceComponents(tx, row.id, componentRows(input.components ?? []));
      await insertServiceLevels(
        tx,
        periodsFrom(input.serviceLevel).map((p) => ({ procedureId: row.id, ...p })),
      );
      await recordAudit(tx, ctx, {
        action: 'services.procedure.create',
        objectType: 'procedure',
        objectId: row.id,
        agencyId: row.agencyId,
        summary: {
          nationalCode: row.nationalCode,
          name: row.name,
          serviceLevel: input.serviceLevel,
          steps: (input.steps ?? []).length,
        },
      });
      return row.id;
    });
    return await getProcedure(deps, ctx, { idOrCode: id });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', {
        detail: `Mã thủ tục ${input.nationalCode} đang được dùng cho một thủ tục còn hiệu lực`,
        detailEn: `National code ${input.nationalCode} is used by a procedure in force`,
      });
    }
    throw error;
  }
}
