import type { Db } from '@openprovince/db';
import { todayInVietnam } from '@openprovince/identity';
import { authorize, type RequestContext } from '@openprovince/platform';
import type { TField } from '../contracts/index.ts';
import { canReadCatalogue } from '../policies.ts';
import { listFieldsWithCounts } from '../repositories/field.repository.ts';

/** The fields (lĩnh vực) with the number of procedures in force today, for the portal's browse page. */
export async function listFields(
  db: Db,
  ctx: RequestContext,
  input: { asOf?: string } = {},
): Promise<{ items: TField[] }> {
  authorize(ctx.actor, canReadCatalogue, undefined);
  const rows = await listFieldsWithCounts(db, input.asOf ?? todayInVietnam());
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
