import type { Db } from '@openprovince/db';
import { todayInVietnam } from '@openprovince/identity';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TProcedure } from '../contracts/index.ts';
import { canReadCatalogue } from '../policies.ts';
import { presentProcedure } from '../presenters.ts';
import { findProcedureByCode, findProcedureById, loadDetails } from '../repositories/procedure.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One procedure with what a citizen needs before filing: requirements (components and their e-forms),
 * fees, time limit, result, legal basis, and its service level on `asOf` (default today) with history.
 * `idOrCode` is the catalogue id or the national code (1.000948); by code, the procedure in force wins.
 */
export async function getProcedure(
  db: Db,
  ctx: RequestContext,
  input: { idOrCode: string; asOf?: string },
): Promise<TProcedure> {
  authorize(ctx.actor, canReadCatalogue, undefined);
  const found = UUID.test(input.idOrCode)
    ? await findProcedureById(db, input.idOrCode)
    : await findProcedureByCode(db, input.idOrCode.trim());
  if (!found) {
    throw new AppError('NOT_FOUND', {
      detail: `Không có thủ tục ${input.idOrCode}`,
      detailEn: `No procedure ${input.idOrCode}`,
    });
  }
  const details = await loadDetails(db, found.procedure.id);
  return presentProcedure({
    row: found.procedure,
    fieldName: found.fieldName,
    ...details,
    asOf: input.asOf ?? todayInVietnam(),
  });
}
