import type { Db } from '@openprovince/db';
import { foldVietnamese } from '@openprovince/platform';
import type { TAgency, TAgencyListQuery } from '../contracts/index.ts';
import { presentAgency } from '../domain/present-identity.ts';
import { listAgencies as queryAgencies } from '../repositories/agency.repository.ts';

/**
 * The agency directory is public information (the provincial portal publishes it), so anyone may browse
 * it; what is scoped is the agencies' records, not their existence.
 */
export async function listAgencies(
  db: Db,
  input: TAgencyListQuery,
): Promise<{ items: TAgency[]; total: number }> {
  const search = input.q ? foldVietnamese(input.q) : undefined;
  const { items, total } = await queryAgencies(db, {
    ...(search ? { search } : {}),
    ...(input.parentId ? { parentId: input.parentId } : {}),
    ...(input.roots ? { rootsOnly: true } : {}),
    ...(input.level ? { level: input.level } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    asOf: input.asOf ?? todayInVietnam(),
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  });
  return { items: items.map((r) => presentAgency(r.agency, r.childCount)), total };
}

export function todayInVietnam(now: Date = new Date()): string {
  // Vietnam has used UTC+7 without daylight saving since 1975.
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
