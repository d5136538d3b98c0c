import type { Db } from '@openprovince/db';
import { identityApi } from '@openprovince/identity';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { localDateOf } from '@openprovince/platform/time';
import type { ImplementingLevel, TProcedure } from '../contracts/index.ts';
import type { ServicesDeps } from '../deps.ts';
import { oneStopSection } from '../domain/one-stop-section.ts';
import { presentProcedure } from '../domain/present-procedure.ts';
import { canReadCatalogue } from '../policies.ts';
import { findProcedureByCode, findProcedureById, loadDetails } from '../repositories/procedure.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One procedure with what a citizen needs before filing: requirements (components and their e-forms),
 * fees, time limit, result, legal basis, and its service level on `asOf` (default today) with history.
 * `idOrCode` is the catalogue id or the national code (1.000948); by code, the procedure in force wins.
 * Names the agency that handles it and the one-stop section where a dossier is handed in person.
 */
export async function getProcedure(
  deps: ServicesDeps,
  ctx: RequestContext,
  input: { idOrCode: string; asOf?: string },
): Promise<TProcedure> {
  const { db } = deps;
  authorize(ctx.actor, canReadCatalogue, undefined);
  const found = await readProcedure(db, {
    idOrCode: input.idOrCode,
    asOf: input.asOf ?? localDateOf(deps.now()),
  });
  if (!found) {
    throw new AppError('NOT_FOUND', {
      detail: `Không có thủ tục ${input.idOrCode}`,
      detailEn: `No procedure ${input.idOrCode}`,
    });
  }
  return found;
}

/**
 * The catalogue's public view of one procedure, without an actor (the catalogue is public information):
 * the use case above after its authorization, and servicesApi for other modules.
 */
export async function readProcedure(
  db: Db,
  input: { idOrCode: string; asOf: string },
): Promise<TProcedure | undefined> {
  const found = UUID.test(input.idOrCode)
    ? await findProcedureById(db, input.idOrCode)
    : await findProcedureByCode(db, input.idOrCode.trim());
  if (!found) return undefined;
  const [details, lineage] = await Promise.all([
    loadDetails(db, found.procedure.id),
    // Agencies are public too: identity's api reads no actor.
    identityApi.describeAgencyLineage(db, { id: found.procedure.agencyId }),
  ]);
  return presentProcedure({
    row: found.procedure,
    fieldName: found.fieldName,
    agencyName: lineage[0]?.name ?? null,
    oneStopSection: oneStopSection({
      level: found.procedure.implementingLevel as ImplementingLevel,
      lineage,
    }),
    ...details,
    asOf: input.asOf,
  });
}
