import { localDateOf, localInstant } from '@openprovince/calendar';
import { getAgency, listAgencies } from '@openprovince/identity';
import { authorize, newId, type OfficialActor, type RequestContext } from '@openprovince/platform';
import { DOSSIER_PERMISSIONS } from '../contracts/permissions.ts';
import type { Channel } from '../contracts/states.ts';
import type { DossierDeps } from '../dossier-deps.ts';
import { applyTransition } from '../internal/apply-transition.ts';
import type { ProcedureSnapshot } from '../ports.ts';
import { nextSequence } from '../repositories/dossier.repository.ts';
import { formatDossierCode } from '../workflow/dossier-code.ts';
import { DEFAULT_STEPS, type DossierAction } from '../workflow/workflow.ts';
import { demoApplicantCommunes } from './demo-applicant-communes.ts';

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

/**
 * Demo dossiers for the statistics page: a mix of channels, outcomes (early, on time, late, in progress,
 * supplement pauses, refusals, withdrawals) received through the year, each moved through the real
 * workflow (applyTransition) with a clock set to its dates, so the history, deadlines and audit are real.
 * Needs the calendar (seedCalendar) and the agency directory.
 */
export async function seedDossiersDemo(
  deps: DossierDeps,
  ctx: RequestContext,
  options: SeedDossiersOptions = {},
): Promise<{ created: number; byState: Record<string, number> }> {
  authorize(ctx.actor, (a) => a.kind === 'system', undefined);
  const year = options.year ?? 2021;
  const count = options.count ?? 300;
  const rnd = random(options.randomSeed ?? 2021);
  const agencyIds =
    options.agencyIds ??
    (
      await listAgencies(deps.db, ctx, { kind: 'department', limit: 4, offset: 0, asOf: `${year}-06-30` })
    ).items.map((a) => a.id);
  const agencies = await Promise.all(
    agencyIds.map(async (id) => {
      const found = await getAgency(deps.db, ctx, { id }).catch(() => undefined);
      return found
        ? { id, code: found.code, name: found.name, level: found.level, adminUnitCode: found.adminUnitCode }
        : undefined;
    }),
  );
  const usable = agencies.filter((a) => a !== undefined);
  const applicantCommune = await demoApplicantCommunes(deps.db, ctx, options.randomSeed ?? 2021);
  const byState: Record<string, number> = {};
  let clock = new Date();
  const seedDeps: DossierDeps = { ...deps, now: () => clock };
  const officer = (agencyId: string): OfficialActor => ({
    kind: 'official',
    userId: '00000000-0000-4000-8000-00000000d0c5',
    username: 'du-lieu-mau',
    fullName: 'Dữ liệu mẫu (demo)',
    agencyId,
    roles: ['one_stop_officer', 'specialist', 'leader'],
    permissions: new Set(Object.values(DOSSIER_PERMISSIONS)),
  });
  const hours = (h: number) => h * 3_600_000;
  for (let i = 0; i < count && usable.length > 0; i++) {
    const agency = usable[i % usable.length]!;
    const proc = PROCEDURES[Math.floor(rnd() * PROCEDURES.length)]!;
    const day = 4 + Math.floor(rnd() * 340);
    const start = new Date(
      localInstant(`${year}-01-01`, '07:30').getTime() + day * 86_400_000 + hours(rnd() * 8),
    );
    const channel: Channel = rnd() < 0.35 ? 'online' : rnd() < 0.1 ? 'postal' : 'direct';
    const octx: RequestContext = { ...ctx, actor: officer(agency.id) };
    const plan: { action: DossierAction; afterHours: number; note?: string; newDueHours?: number }[] = [];
    const r = rnd();
    if (channel === 'online') plan.push({ action: 'accept', afterHours: 2 });
    if (channel === 'online' && r < 0.03) {
      plan.length = 0;
      plan.push({ action: 'refuse', afterHours: 3, note: 'Hồ sơ không thuộc thẩm quyền giải quyết' });
    } else {
      plan.push({ action: 'forward', afterHours: 1 });
      if (r > 0.85) {
        plan.push({ action: 'request_supplement', afterHours: 5, note: 'Bổ sung bản sao giấy tờ' });
        plan.push({ action: 'resubmit', afterHours: 48 });
      }
      // The time limit in calendar hours (working days spread over weeks), so that the clock, which moves
      // in calendar hours, really ends before, on or after the due date as `speed` intends.
      const limitHours = proc.timeLimit.amount * 24 * (7 / 5);
      // Mostly early, some on the last day, some late (with an apology), some still open at year end.
      const speed = r < 0.6 ? 0.4 : r < 0.8 ? 0.9 : 1.4;
      if (r > 0.97) plan.push({ action: 'withdraw', afterHours: 6, note: 'Công dân xin rút hồ sơ' });
      else {
        if (speed > 1)
          plan.push({ action: 'apologise', afterHours: 2, note: 'Cần xác minh thêm', newDueHours: 72 });
        plan.push({ action: 'process', afterHours: limitHours * speed });
        plan.push({ action: 'approve', afterHours: 4 });
        plan.push({ action: 'return', afterHours: 20 });
      }
    }
    clock = start;
    const localDate = localDateOf(start);
    let row = await deps.db.transaction(async (tx) => {
      const sequence = await nextSequence(tx, agency.id, localDate);
      return applyTransition(
        tx,
        seedDeps,
        channel === 'online'
          ? {
              ...ctx,
              actor: {
                kind: 'citizen',
                citizenId: '00000000-0000-4000-8000-0000000c1712',
                fullName: 'Công dân mẫu',
              },
            }
          : octx,
        {
          current: null,
          action: channel === 'online' ? 'submit' : 'receive',
          draft: {
            id: newId(),
            code: formatDossierCode({ agencyCode: agency.code, localDate, sequence }),
            state: 'submitted',
            channel,
            agencyId: agency.id,
            agencyCode: agency.code,
            procedureId: `demo-${proc.nationalCode}`,
            procedureCode: proc.nationalCode,
            serviceLevel: proc.serviceLevel,
            procedure: { ...proc, id: `demo-${proc.nationalCode}`, agencyId: agency.id },
            citizenId: channel === 'online' ? '00000000-0000-4000-8000-0000000c1712' : null,
            applicantName: `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 7) % GIVEN.length]}`,
            applicantPhone: `09${String(10_000_000 + i).padStart(8, '0')}`,
            applicantEmail: null,
            applicantAddress: null,
            applicantCommuneCode: applicantCommune({ agency, date: localDate }),
            answers: {},
            submittedAt: start,
          },
        },
      );
    });
    const yearEnd = localInstant(`${year}-12-31`, '17:00');
    for (const step of plan) {
      const next = new Date(clock.getTime() + hours(step.afterHours));
      if (next > yearEnd) break;
      clock = next;
      const current = row;
      row = await deps.db.transaction(async (tx) =>
        applyTransition(tx, seedDeps, octx, {
          current,
          action: step.action,
          expectedVersion: current.version,
          note: step.note ?? null,
          ...(step.newDueHours && current.dueAt
            ? { newDueAt: new Date(current.dueAt.getTime() + hours(step.newDueHours)) }
            : {}),
          // Demo history has no result files: its results were handed over on paper.
          ...(step.action === 'return' ? { onPaper: true } : {}),
          agencyName: agency.name,
        }),
      );
    }
    byState[row.state] = (byState[row.state] ?? 0) + 1;
  }
  return { created: Object.values(byState).reduce((a, b) => a + b, 0), byState };
}
