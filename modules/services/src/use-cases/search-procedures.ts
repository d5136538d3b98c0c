import { identityApi } from '@openprovince/identity';
import { authorize, foldVietnamese, type RequestContext } from '@openprovince/platform';
import { localDateOf } from '@openprovince/platform/time';
import type { TAgencyCount, TProcedureListQuery, TProcedureSummary } from '../contracts/index.ts';
import type { ServicesDeps } from '../deps.ts';
import { presentSummary } from '../domain/present-procedure.ts';
import { canReadCatalogue } from '../policies.ts';
import { countByAgency, searchProcedures as query } from '../repositories/procedure.repository.ts';

/** Enough for every agency of a province (19 departments, 9 districts, about 100 communes in Trà Vinh). */
const MAX_AGENCY_COUNTS = 200;

/**
 * The citizen's search: accent-insensitive ("dang ky kinh doanh" finds "Đăng ký thành lập hộ kinh
 * doanh"): every word of the query must occur in the folded name or code, exact phrases rank first.
 * Lists the catalogue as it stood on `asOf` (default today), with each procedure's level on that day and
 * the agency that handles it; `agencies` counts the matches per agency, to narrow a title that every
 * district or commune offers.
 */
export async function searchProcedures(
  deps: ServicesDeps,
  ctx: RequestContext,
  input: TProcedureListQuery,
): Promise<{ items: TProcedureSummary[]; total: number; asOf: string; agencies: TAgencyCount[] }> {
  const { db } = deps;
  authorize(ctx.actor, canReadCatalogue, undefined);
  const phrase = input.q ? foldVietnamese(input.q).replace(/\s+/g, ' ') : '';
  const words = phrase ? [...new Set(phrase.split(' ').filter(Boolean))] : [];
  const asOf = input.asOf ?? localDateOf(deps.now());
  const filter = {
    ...(words.length ? { words, phrase } : {}),
    ...(input.fieldId ? { fieldId: input.fieldId } : {}),
    ...(input.implementingLevel ? { implementingLevel: input.implementingLevel } : {}),
    ...(input.serviceLevel ? { serviceLevel: input.serviceLevel } : {}),
    ...(input.publishedNationally !== undefined ? { publishedNationally: input.publishedNationally } : {}),
    asOf,
  };
  const [{ items, total }, counts] = await Promise.all([
    query(db, {
      ...filter,
      ...(input.agencyId ? { agencyId: input.agencyId } : {}),
      limit: input.limit ?? 20,
      offset: input.offset ?? 0,
    }),
    countByAgency(db, filter, MAX_AGENCY_COUNTS),
  ]);
  const names = new Map(
    (
      await identityApi.describeAgencies(db, {
        ids: [...items.map((r) => r.procedure.agencyId), ...counts.map((c) => c.agencyId)],
      })
    ).map((a) => [a.id, a.name]),
  );
  const nameOf = (id: string) => names.get(id) ?? null;
  return {
    items: items.map((r) => presentSummary(r.procedure, r.fieldName, r.level, nameOf(r.procedure.agencyId))),
    total,
    asOf,
    agencies: counts.map((c) => ({ agencyId: c.agencyId, agencyName: nameOf(c.agencyId), count: c.count })),
  };
}
