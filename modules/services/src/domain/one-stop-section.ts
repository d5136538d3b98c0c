import type { ImplementingLevel } from '../contracts/index.ts';

/** An agency of the directory as far as the one-stop rule needs it. */
export interface DirectoryAgency {
  name: string;
  kind: string;
  level: string;
}

const COMMITTEE_PREFIX = /^Ủy ban nhân dân\s+/iu;

/**
 * Where a dossier of a procedure is handed in person, by Decree 61/2018/NĐ-CP art. 7: at province level the
 * one-stop section is the provincial Public Administration Service Centre (Trung tâm Phục vụ hành chính
 * công), at district and commune level the Reception and Results section (Bộ phận Tiếp nhận và Trả kết
 * quả) of the People's Committee. `lineage` is the handling agency and the units above it, nearest first
 * (a department sits under the provincial committee, a district division under its district committee).
 * Null when the directory does not know the agency.
 */
export function oneStopSection(input: {
  level: ImplementingLevel;
  lineage: readonly DirectoryAgency[];
}): string | null {
  const [agency] = input.lineage;
  if (!agency) return null;
  const committees = input.lineage.filter((a) => a.kind === 'people_committee');
  const committee = committees.find((a) => a.level === input.level) ?? committees[0];
  if (input.level === 'province') {
    const province = committees.find((a) => a.level === 'province') ?? input.lineage.at(-1)!;
    return COMMITTEE_PREFIX.test(province.name)
      ? `Trung tâm Phục vụ hành chính công ${province.name.replace(COMMITTEE_PREFIX, '')}`
      : `Trung tâm Phục vụ hành chính công – ${province.name}`;
  }
  return `Bộ phận Tiếp nhận và Trả kết quả – ${(committee ?? agency).name}`;
}
