import type { Db } from '@openprovince/db';
import type { AgencyKind, AgencyLevel } from '../contracts/index.ts';
import { agencyLineage, findAgenciesByIds } from '../repositories/agency.repository.ts';

/** What another module shows of an agency: its name and place in the directory. */
export interface AgencyBrief {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
  parentId: string | null;
}

const brief = (row: Awaited<ReturnType<typeof findAgenciesByIds>>[number]): AgencyBrief => ({
  id: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind as AgencyKind,
  level: row.level as AgencyLevel,
  parentId: row.parentId,
});

/**
 * Names and levels of several agencies in one query (a search page names the agency of each result).
 * The directory is public, closed agencies included (a procedure may still name one); unknown ids are
 * left out.
 */
export async function describeAgencies(db: Db, input: { ids: readonly string[] }): Promise<AgencyBrief[]> {
  return (await findAgenciesByIds(db, [...new Set(input.ids)])).map(brief);
}

/** The agency and the units above it, nearest first; empty when the id is unknown. */
export async function describeAgencyLineage(db: Db, input: { id: string }): Promise<AgencyBrief[]> {
  return (await agencyLineage(db, input.id)).map(brief);
}
