import type {
  ImplementingLevel,
  TComponentInput,
  TFeeLine,
  TServiceLevelPeriod,
  TTimeLimit,
} from '../contracts/index.ts';
import { periodsFrom } from '../domain/service-levels.ts';
import { componentsFor, DEMO_FIELDS, type DemoField } from './demo-fields.ts';

/**
 * The structure of the Sở TT&TT 2021 report (domain.md §2 D5, §3.7 F077–F093): the provincial portal
 * (VNPT-iGate) offered 1,858 online public services, 230 at levels 1–2, 571 at level 3 and 1,057 at
 * level 4 (Decree 43/2011), and 1,415 procedures were published on the National Public Service Portal.
 */
export const REPORT_2021 = {
  asOf: '2021-12-31',
  total: 1858,
  levelOneTwo: 230,
  levelThree: 571,
  levelFour: 1057,
  publishedNationally: 1415,
} as const;

/**
 * Not in the report, assumed for the demo: how the 230 split between levels 1 and 2 (38 / 192); that 180
 * of the 1,057 level-4 services reached level 4 on 01/10/2021 under the province's plan to put every
 * eligible procedure at level 4 ("Kế hoạch cung cấp 100% thủ tục hành chính đủ điều kiện lên trực tuyến
 * mức độ 4"), having been level 3 since 01/01/2021; and which procedures are published nationally: all
 * level-4 services plus 358 level-3 services (the report counts 1,415 without saying which).
 */
export const DEMO_ASSUMPTIONS = {
  levelOne: 38,
  upgradedToFour: 180,
  upgradeDate: '2021-10-01',
  catalogueFrom: '2021-01-01',
} as const;

export interface DemoProcedure {
  nationalCode: string;
  name: string;
  fieldCode: string;
  agencyKey: string;
  implementingLevel: ImplementingLevel;
  timeLimit: TTimeLimit;
  onlineTimeLimit: TTimeLimit | null;
  resultType: DemoField['resultType'];
  resultName: string;
  legalBasis: string;
  publishedNationally: boolean;
  fees: TFeeLine[];
  components: TComponentInput[];
  serviceLevels: TServiceLevelPeriod[];
}

/** Deterministic PRNG (mulberry32), so every fresh start builds the same catalogue. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, seed: number): number[] {
  const random = prng(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Takes one item from each list in turn, so commune-level procedures spread over fields. */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++)
    for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

interface Candidate {
  field: DemoField;
  name: string;
  level: ImplementingLevel;
  agencyKey: string;
}

/** Synthetic codes in the national format: 1.00xxxx for province-level, 2.00xxxx for local procedures. */
function nationalCode(prefix: 1 | 2, k: number): string {
  // 37 is prime to 9,000: k ↦ 1000 + 37k mod 9000 is one-to-one for k < 9,000 and looks unordered.
  return `${prefix}.00${String(1000 + ((k * 37) % 9000)).padStart(4, '0')}`;
}

/**
 * Builds the demo catalogue: every province-level procedure once (at its department), district-level
 * procedures at every district People's Committee given, commune-level ones at the commune committees,
 * until 1,858; then assigns levels and publication so the report's counts come out exactly.
 */
export function buildDemoCatalogue(agencyKeys: readonly string[]): DemoProcedure[] {
  const districts = agencyKeys.filter((k) => /^ubnd-huyen-\d+$/.test(k)).sort();
  const communes = agencyKeys.filter((k) => /^ubnd-xa-\d+$/.test(k)).sort();
  const known = new Set(agencyKeys);
  const department = (f: DemoField) => (known.has(f.agencyKey) ? f.agencyKey : 'ubnd-tinh');

  const candidates: Candidate[] = [];
  for (const field of DEMO_FIELDS) {
    for (const name of field.province)
      candidates.push({ field, name, level: 'province', agencyKey: department(field) });
  }
  for (const field of DEMO_FIELDS) {
    for (const name of field.district ?? []) {
      for (const agencyKey of districts.length ? districts : [department(field)]) {
        candidates.push({ field, name, level: 'district', agencyKey });
      }
    }
  }
  const communeStems = interleave(
    DEMO_FIELDS.map((field) => (field.commune ?? []).map((name) => ({ field, name }))),
  );
  outer: for (const stem of communeStems) {
    for (const agencyKey of communes.length ? communes : [department(stem.field)]) {
      if (candidates.length >= REPORT_2021.total) break outer;
      candidates.push({ ...stem, level: 'commune', agencyKey });
    }
  }
  if (candidates.length < REPORT_2021.total) {
    throw new Error(
      `demo catalogue: only ${candidates.length} procedures for ${REPORT_2021.total}; pass the district and commune committees (ubnd-huyen-*, ubnd-xa-*)`,
    );
  }

  // Position in a fixed shuffle decides the level: the first 38 level 1, then 192 level 2, 571 level 3, 1,057 level 4.
  const rank = new Array<number>(REPORT_2021.total);
  shuffled(REPORT_2021.total, 2021).forEach((index, position) => {
    rank[index] = position;
  });
  const { levelOne, upgradedToFour, upgradeDate, catalogueFrom } = DEMO_ASSUMPTIONS;
  const threeFrom = REPORT_2021.levelOneTwo;
  const fourFrom = threeFrom + REPORT_2021.levelThree;
  const publishedThree = REPORT_2021.publishedNationally - REPORT_2021.levelFour;

  let province = 0;
  let local = 0;
  return candidates.slice(0, REPORT_2021.total).map((c, i) => {
    const r = rank[i]!;
    const level43 = r < levelOne ? '1' : r < threeFrom ? '2' : r < fourFrom ? '3' : '4';
    const upgraded = level43 === '4' && r < fourFrom + upgradedToFour;
    const serviceLevels: TServiceLevelPeriod[] = upgraded
      ? [
          { scheme: 'decree43', level: '3', effectiveFrom: catalogueFrom, effectiveTo: '2021-09-30' },
          ...periodsFrom({ scheme: 'decree43', level: '4', effectiveFrom: upgradeDate }),
        ]
      : periodsFrom({ scheme: 'decree43', level: level43, effectiveFrom: catalogueFrom });
    const published = level43 === '4' || (level43 === '3' && r < threeFrom + publishedThree);
    const t = c.field.timeLimit;
    // Provinces shorten the limit for dossiers filed online at level 4 (a common commitment in their
    // administrative-reform plans); the demo takes a fifth off limits of five days or more.
    const onlineTimeLimit =
      level43 === '4' && t.unit !== 'working_hours' && t.amount >= 5
        ? { amount: Math.ceil(t.amount * 0.8), unit: t.unit }
        : null;
    const code = c.level === 'province' ? nationalCode(1, province++) : nationalCode(2, local++);
    return {
      nationalCode: code,
      name: c.name,
      fieldCode: c.field.code,
      agencyKey: c.agencyKey,
      implementingLevel: c.level,
      timeLimit: t,
      onlineTimeLimit,
      resultType: c.field.resultType,
      resultName: c.field.resultName,
      legalBasis: c.field.legalBasis,
      publishedNationally: published,
      fees: c.field.fees,
      components: componentsFor(c.field, c.name),
      serviceLevels,
    };
  });
}
