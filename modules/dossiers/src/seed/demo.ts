import { localDateOf, localInstant } from '@openprovince/calendar';
import { identityApi } from '@openprovince/identity';
import { authorize, type RequestContext } from '@openprovince/platform';
import {
  HISTORIC_IMPORT_MAX,
  type THistoricDossier,
  type THistoricEvent,
} from '../contracts/historic-import.ts';
import type { Channel } from '../contracts/states.ts';
import type { DossierDeps } from '../deps.ts';
import { contentHash } from '../domain/content-hash.ts';
import { formatDossierCode } from '../domain/dossier-code.ts';
import type { CatalogueProcedure, ProcedureCatalogue, ProcedureSnapshot } from '../domain/ports.ts';
import { DEFAULT_STEPS } from '../domain/workflow.ts';
import { importHistoricDossiers } from '../use-cases/import-historic-dossiers.ts';
import { demoApplicantCommunes } from './demo-applicant-communes.ts';

const withCommune = (communeCode: string | null) => (communeCode ? { communeCode } : {});

export interface SeedDossiersOptions {
  /** How many dossiers (default 300; the report's 77,510 would be a CLI option). */
  count?: number;
  year?: number;
  /** Agencies to receive them (default: the first four departments of the directory). */
  agencyIds?: string[];
  /** Seed of the pseudo-random mix, so the demo is the same each time. */
  randomSeed?: number;
}

const PROCEDURES: Omit<ProcedureSnapshot, 'id' | 'agencyId'>[] = [
  {
    nationalCode: '1.001612.000.00.00.H59',
    name: 'Cấp giấy phép hoạt động in',
    timeLimit: { amount: 5, unit: 'working_days' },
    onlineTimeLimit: null,
    fees: [{ name: 'Lệ phí cấp phép', amount: 0 }],
    components: [{ key: 'don', name: 'Đơn đề nghị cấp giấy phép', required: true }],
    serviceLevel: 4,
    steps: [...DEFAULT_STEPS],
  },
  {
    nationalCode: '1.003503.000.00.00.H59',
    name: 'Cấp giấy phép xuất bản bản tin',
    timeLimit: { amount: 10, unit: 'working_days' },
    onlineTimeLimit: null,
    fees: [],
    components: [{ key: 'to-khai', name: 'Tờ khai đề nghị cấp phép', required: true }],
    serviceLevel: 3,
    steps: [...DEFAULT_STEPS],
  },
  {
    nationalCode: '2.001172.000.00.00.H59',
    name: 'Đăng ký thay đổi nội dung giấy chứng nhận',
    timeLimit: { amount: 3, unit: 'working_days' },
    onlineTimeLimit: null,
    fees: [{ name: 'Phí thẩm định', amount: 100_000 }],
    components: [{ key: 'giay-de-nghi', name: 'Giấy đề nghị', required: true }],
    serviceLevel: 2,
    steps: [...DEFAULT_STEPS],
  },
];

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Thạch', 'Kim', 'Võ', 'Đặng', 'Sơn'];
const GIVEN = ['Văn An', 'Thị Bích', 'Minh Châu', 'Thị Diệu', 'Quốc Hùng', 'Thị Lan', 'Sô Phia', 'Hoàng Nam'];

/** Who did what in the demo history (names only: the people of a previous system have no account here). */
const PERFORMERS = {
  officer: { name: 'Cán bộ Bộ phận Một cửa (dữ liệu mẫu)' },
  specialist: { name: 'Chuyên viên thẩm định (dữ liệu mẫu)' },
  leader: { name: 'Lãnh đạo phê duyệt (dữ liệu mẫu)' },
} as const;

/**
 * Demo numbers start at 9001 each day, clear of the counter's own numbering (from 0001), so a demo history
 * never takes the code of a dossier received live; the live numbering goes on after them (the import raises it).
 */
const DEMO_SEQUENCE_FROM = 9001;

/** The demo procedures, offered by every demo agency (each record names its receiving agency). */
function demoCatalogue(fallback: ProcedureCatalogue, agencyId: string): ProcedureCatalogue {
  const byCode = new Map<string, CatalogueProcedure>(
    PROCEDURES.map((p) => [
      p.nationalCode,
      {
        id: `demo-${p.nationalCode}`,
        nationalCode: p.nationalCode,
        name: p.name,
        agencyId,
        timeLimit: p.timeLimit,
        fees: p.fees,
        components: p.components,
        ...(p.serviceLevel !== null ? { serviceLevel: p.serviceLevel } : {}),
        steps: [...p.steps],
        validate: () => [],
      },
    ]),
  );
  return {
    getProcedureForDossier: async (idOrCode) =>
      byCode.get(idOrCode) ?? fallback.getProcedureForDossier(idOrCode),
  };
}

/**
 * Demo dossiers for the statistics page: a mix of channels, outcomes (early, on time, late, in progress,
 * supplement waits, refusals, withdrawals, apologies) received through the year. They enter as a province's
 * previous system would bring them: as historic dossiers, through importHistoricDossiers, so the history,
 * deadlines (the work calendar's, from each real receipt) and audit are those of a real import, and
 * seeding again changes nothing (same import key, same content). Needs the calendar and the directory.
 */
export async function seedDossiersDemo(
  deps: DossierDeps,
  ctx: RequestContext,
  options: SeedDossiersOptions = {},
): Promise<{ created: number; byState: Record<string, number> }> {
  authorize(ctx.actor, (a) => a.kind === 'system', undefined);
  const year = options.year ?? 2021;
  const count = options.count ?? 300;
  const randomSeed = options.randomSeed ?? 2021;
  const rnd = random(randomSeed);
  const agencyIds =
    options.agencyIds ??
    (
      await identityApi.listAgencies(deps.db, {
        kind: 'department',
        limit: 4,
        offset: 0,
        asOf: `${year}-06-30`,
      })
    ).items.map((a) => a.id);
  const agencies = await Promise.all(
    agencyIds.map(async (id) => {
      const found = await identityApi.getAgency(deps.db, { id }).catch(() => undefined);
      return found
        ? { id, code: found.code, level: found.level, adminUnitCode: found.adminUnitCode }
        : undefined;
    }),
  );
  const usable = agencies.filter((a) => a !== undefined);
  if (usable.length === 0 || count <= 0) return { created: 0, byState: {} };
  // Where the applicants live (the dashboard's map), from a stream of its own: the rest of the mix is unchanged.
  const applicantCommune = await demoApplicantCommunes(deps.db, ctx, randomSeed);
  const hours = (h: number) => h * 3_600_000;
  const yearEnd = localInstant(`${year}-12-31`, '17:00');
  const numbers = new Map<string, number>();
  const records: THistoricDossier[] = [];
  for (let i = 0; i < count; i++) {
    const agency = usable[i % usable.length]!;
    const proc = PROCEDURES[Math.floor(rnd() * PROCEDURES.length)]!;
    const day = 4 + Math.floor(rnd() * 340);
    const start = new Date(
      localInstant(`${year}-01-01`, '07:30').getTime() + day * 86_400_000 + hours(rnd() * 8),
    );
    const channel: Channel = rnd() < 0.35 ? 'online' : rnd() < 0.1 ? 'postal' : 'direct';
    const plan: {
      action: THistoricEvent['action'];
      afterHours: number;
      note?: string;
      by: keyof typeof PERFORMERS;
    }[] = [];
    const r = rnd();
    if (channel === 'online') plan.push({ action: 'accept', afterHours: 2, by: 'officer' });
    // The time limit in calendar hours (working days spread over weeks), so that the clock, which moves in
    // calendar hours, really ends before, on or after the due date as `speed` intends.
    const limitHours = proc.timeLimit.amount * 24 * (7 / 5);
    if (channel === 'online' && r < 0.03) {
      plan.length = 0;
      plan.push({
        action: 'refuse',
        afterHours: 3,
        note: 'Hồ sơ không thuộc thẩm quyền giải quyết',
        by: 'officer',
      });
    } else {
      plan.push({ action: 'forward', afterHours: 1, by: 'officer' });
      if (r > 0.85) {
        plan.push({
          action: 'request_supplement',
          afterHours: 5,
          note: 'Bổ sung bản sao giấy tờ',
          by: 'specialist',
        });
        plan.push({ action: 'resubmit', afterHours: 48, by: 'officer' });
      }
      // Mostly early, some on the last day, some late (with an apology), some still open at year end.
      const speed = r < 0.6 ? 0.4 : r < 0.8 ? 0.9 : 1.4;
      if (r > 0.97) {
        plan.push({ action: 'withdraw', afterHours: 6, note: 'Công dân xin rút hồ sơ', by: 'officer' });
      } else {
        if (speed > 1) {
          plan.push({ action: 'apologise', afterHours: 2, note: 'Cần xác minh thêm', by: 'leader' });
        }
        plan.push({ action: 'process', afterHours: limitHours * speed, by: 'specialist' });
        plan.push({ action: 'approve', afterHours: 4, by: 'leader' });
        plan.push({ action: 'return', afterHours: 20, by: 'officer' });
      }
    }
    const localDate = localDateOf(start);
    const dayKey = `${agency.id}|${localDate}`;
    const number = numbers.get(dayKey) ?? DEMO_SEQUENCE_FROM;
    numbers.set(dayKey, number + 1);
    const applicant = `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
    const events: THistoricEvent[] = [
      channel === 'online'
        ? { action: 'submit', at: start.toISOString(), performer: { name: applicant, kind: 'applicant' } }
        : { action: 'receive', at: start.toISOString(), performer: PERFORMERS.officer },
    ];
    let clock = start;
    for (const step of plan) {
      const next = new Date(clock.getTime() + hours(step.afterHours));
      if (next > yearEnd) break;
      clock = next;
      events.push({
        action: step.action,
        at: clock.toISOString(),
        performer: PERFORMERS[step.by],
        ...(step.note ? { note: step.note } : {}),
        // The new date: past any due date this history can have (the limit across Tết and the wait) and
        // three days after the late processing.
        ...(step.action === 'apologise'
          ? {
              newDueAt: new Date(
                start.getTime() + hours(Math.max(limitHours * 1.4, limitHours + 10 * 24 + 48) + 72),
              ).toISOString(),
            }
          : {}),
      });
    }
    records.push({
      code: formatDossierCode({ agencyCode: agency.code, localDate, sequence: number }),
      procedureCode: proc.nationalCode,
      agencyCode: agency.code,
      channel,
      applicant: {
        name: applicant,
        phone: `09${String(10_000_000 + i).padStart(8, '0')}`,
        ...withCommune(applicantCommune({ agency, date: localDate })),
      },
      events,
    });
  }
  const catalogue = demoCatalogue(deps.catalogue, usable[0]!.id);
  const byState: Record<string, number> = {};
  let created = 0;
  const key = contentHash({ year, count, randomSeed, agencies: usable.map((a) => a.id) }).slice(0, 24);
  for (let from = 0; from < records.length; from += HISTORIC_IMPORT_MAX) {
    const result = await importHistoricDossiers({ ...deps, catalogue }, ctx, {
      importKey: `demo-dossiers-${year}-${key}-${from / HISTORIC_IMPORT_MAX + 1}`,
      body: { dossiers: records.slice(from, from + HISTORIC_IMPORT_MAX) },
    });
    created += result.created + result.unchanged;
    for (const [state, n] of Object.entries(result.byState)) byState[state] = (byState[state] ?? 0) + n;
  }
  return { created, byState };
}
