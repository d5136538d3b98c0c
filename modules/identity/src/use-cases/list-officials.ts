import type { Db } from '@openprovince/db';
import { authorize, foldVietnamese, hasPermission, type RequestContext } from '@openprovince/platform';
import { IDENTITY_PERMISSIONS, type TOfficial } from '../contracts/index.ts';
import { presentOfficial } from '../domain/present-identity.ts';
import { canListOfficials } from '../policies.ts';
import { listOfficials as queryOfficials, rolesOfMany } from '../repositories/official.repository.ts';

/**
 * Lists and searches accounts. Scoping happens in the query, not after it: an official without the
 * province-wide permission only ever gets rows of their own agency, whatever filter they send.
 */
export async function listOfficials(
  db: Db,
  ctx: RequestContext,
  input: { q?: string; agencyId?: string; limit?: number; offset?: number },
): Promise<{ items: TOfficial[]; total: number }> {
  authorize(ctx.actor, canListOfficials, undefined);
  const actor = ctx.actor;
  const provinceWide = hasPermission(actor, IDENTITY_PERMISSIONS.manageAllOfficials);
  let agencyIds: string[] | undefined;
  if (provinceWide) {
    agencyIds = input.agencyId ? [input.agencyId] : undefined;
  } else {
    const own = actor.kind === 'official' ? actor.agencyId : undefined;
    agencyIds = own && (!input.agencyId || input.agencyId === own) ? [own] : [];
  }
  if (agencyIds?.length === 0) return { items: [], total: 0 };
  const search = input.q ? foldVietnamese(input.q) : undefined;
  const { items, total } = await queryOfficials(db, {
    ...(agencyIds ? { agencyIds } : {}),
    ...(search ? { search } : {}),
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  });
  const roles = await rolesOfMany(
    db,
    items.map((i) => i.official.id),
  );
  return {
    items: items.map((i) => presentOfficial(i.official, roles.get(i.official.id) ?? [], i.agencyName)),
    total,
  };
}
