import { authorize, type RequestContext } from '@openprovince/platform';
import { localDateOf } from '@openprovince/platform/time';
import type { TField } from '../contracts/index.ts';
import type { ServicesDeps } from '../deps.ts';
import { canReadCatalogue } from '../policies.ts';
import { listFieldsWithCounts } from '../repositories/field.repository.ts';

/** The fields (lĩnh vực) with the number of procedures in force today, for the portal's browse page. */
export async function listFields(
  deps: ServicesDeps,
  ctx: RequestContext,
  input: { asOf?: string } = {},
): Promise<{ items: TField[] }> {
  const { db } = deps;
  authorize(ctx.actor, canReadCatalogue, undefined);
  const rows = await listFieldsWithCounts(db, input.asOf ?? localDateOf(deps.now()));
  return {
    items: rows.map((r) => ({
      id: r.field.id,
      code: r.field.code,
      name: r.field.name,
      nameEn: r.field.nameEn,
      procedureCount: r.procedureCount,
    })),
  };
}
