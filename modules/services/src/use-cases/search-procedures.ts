import type { Db } from '@openprovince/db';
import { todayInVietnam } from '@openprovince/identity';
import { authorize, foldVietnamese, type RequestContext } from '@openprovince/platform';
import type { TProcedureListQuery, TProcedureSummary } from '../contracts/index.ts';
import { canReadCatalogue } from '../policies.ts';
import { presentSummary } from '../presenters.ts';
import { searchProcedures as query } from '../repositories/procedure.repository.ts';

/**
 * The citizen's search: accent-insensitive ("dang ky kinh doanh" finds "Đăng ký thành lập hộ kinh
 * doanh"): every word of the query must occur in the folded name or code, exact phrases rank first.
 * Lists the catalogue as it stood on `asOf` (default today), with each procedure's level on that day.
 */
export async function searchProcedures(
  db: Db,
  ctx: RequestContext,
  input: TProcedureListQuery,
): Promise<{ items: TProcedureSummary[]; total: number; asOf: string }> {
  authorize(ctx.actor, canReadCatalogue, undefined);
  const phrase = input.q ? foldVietnamese(input.q).replace(/\s+/g, ' ') : '';
  const words = phrase ? [...new Set(phrase.split(' ').filter(Boolean))] : [];
  const asOf = input.asOf ?? todayInVietnam();
  const { items, total } = await query(db, {
    ...(words.length ? { words, phrase } : {}),
    ...(input.fieldId ? { fieldId: input.fieldId } : {}),
    ...(input.agencyId ? { agencyId: input.agencyId } : {}),
    ...(input.implementingLevel ? { implementingLevel: input.implementingLevel } : {}),
    ...(input.serviceLevel ? { serviceLevel: input.serviceLevel } : {}),
    ...(input.publishedNationally !== undefined ? { publishedNationally: input.publishedNationally } : {}),
    asOf,
    limit: input.limit ?? 20,
    offset: input.offset ?? 0,
  });
  return { items: items.map((r) => presentSummary(r.procedure, r.fieldName, r.level)), total, asOf };
}
