import type { RequestContext } from '@openprovince/platform';
import type { TProcedure } from '../contracts/index.ts';
import type { ServicesDeps } from '../deps.ts';
import { updateProcedure } from './update-procedure.ts';

/**
 * Retires a procedure (bãi bỏ, or replaced by a new announcement): its last day is `validTo`; it stays
 * in the catalogue for history and reports of earlier dates, and its national code becomes free for a
 * replacement. Same authorization and If-Match rules as updateProcedure.
 */
export async function retireProcedure(
  deps: ServicesDeps,
  ctx: RequestContext,
  input: { id: string; expectedVersion: number; validTo: string },
): Promise<TProcedure> {
  return updateProcedure(deps, ctx, {
    id: input.id,
    expectedVersion: input.expectedVersion,
    changes: { validTo: input.validTo },
  });
}
