import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { newId, systemActor } from '@openprovince/platform';
import { parseProvinceDateTime } from './domain/engine/local-time.ts';
import type { CalendarDeps } from './module.ts';
import { computeDeadline } from './use-cases/compute-deadline.ts';
import { confirmCalendarYear } from './use-cases/confirm-calendar-year.ts';
import { getCalendarYear } from './use-cases/get-calendar-year.ts';
import { type CalendarDocument, importCalendar } from './use-cases/import-calendar.ts';
import { prefillCalendarYear } from './use-cases/prefill-calendar-year.ts';

const ctx = () => ({ actor: systemActor('cli'), requestId: `cli-${newId()}` });
const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const WEEKDAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];

/** "dd/mm/yyyy HH:mm" (as officials write it) or ISO; read on the province's clock. */
function parseStart(text: string): Date {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (vn) {
    const [, d, m, y, hh = '0', mm = '00'] = vn;
    return parseProvinceDateTime(
      `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}T${hh.padStart(2, '0')}:${mm}`,
    );
  }
  return parseProvinceDateTime(text);
}

/** `openprovince calendar …`: the year's calendar from the command line, as the system. */
export async function calendarCommand(deps: CalendarDeps, args: string[]): Promise<number> {
  // Each sub-command works on the deps the CLI built over the opened database.
  const withDeps = <T>(work: (d: CalendarDeps) => Promise<T>) => work(deps);
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      start: { type: 'string' },
      days: { type: 'string' },
      hours: { type: 'string' },
      'calendar-days': { type: 'string' },
      'agency-id': { type: 'string' },
      confirm: { type: 'boolean' },
    },
  });
  const [sub, arg] = positionals;
  const year = Number(arg);
  switch (sub) {
    case 'show':
      if (!Number.isInteger(year)) break;
      return withDeps(async ({ db }) => {
        const cal = await getCalendarYear(db, ctx(), { year });
        const state = cal.status === 'confirmed' ? 'đã xác nhận / confirmed' : 'dự thảo / draft';
        console.log(`Lịch làm việc năm ${year} — ${state} (phiên bản / version ${cal.version})`);
        console.log('Ngày nghỉ / days off:');
        for (const d of cal.daysOff) console.log(`  ${weekday(d.date)} ${vnDate(d.date)}  ${d.reason}`);
        if (cal.extraWorkingDays.length) console.log('Ngày làm việc bù / extra working days:');
        for (const d of cal.extraWorkingDays) {
          console.log(
            `  ${weekday(d.date)} ${vnDate(d.date)}  ${d.reason}${d.swapsFor ? ` (bù cho ${vnDate(d.swapsFor)})` : ''}`,
          );
        }
        return 0;
      });
    case 'prefill':
      if (!Number.isInteger(year)) break;
      return withDeps(async ({ db }) => {
        const result = await prefillCalendarYear(db, ctx(), { year });
        console.log(`Đã điền sẵn năm ${year} (dự thảo, cần xác nhận) / pre-filled ${year} as a draft:`);
        for (const d of result.calendar.daysOff)
          console.log(`  ${weekday(d.date)} ${vnDate(d.date)}  ${d.reason}`);
        for (const n of result.notes) console.log(`  ! ${JSON.stringify(n)}`);
        return 0;
      });
    case 'confirm':
      if (!Number.isInteger(year)) break;
      return withDeps(async ({ db }) => {
        const current = await getCalendarYear(db, ctx(), { year });
        const cal = await confirmCalendarYear(db, ctx(), { year, version: current.version });
        console.log(`Đã xác nhận lịch năm ${year} (phiên bản ${cal.version}) / confirmed`);
        return 0;
      });
    case 'import': {
      if (!arg) break;
      const document = JSON.parse(readFileSync(arg, 'utf8')) as CalendarDocument;
      return withDeps(async ({ db }) => {
        const result = await importCalendar(db, ctx(), {
          document,
          ...(values.confirm ? { confirm: true } : {}),
        });
        console.log(`Đã nhập / imported: ${JSON.stringify(result)}`);
        return 0;
      });
    }
    case 'deadline': {
      const amount = values.days
        ? { days: Number(values.days) }
        : values.hours
          ? { hours: Number(values.hours) }
          : values['calendar-days']
            ? { calendarDays: Number(values['calendar-days']) }
            : undefined;
      if (!values.start || !amount || Object.values(amount).some((v) => !Number.isFinite(v) || v < 0)) break;
      const start = parseStart(values.start);
      return withDeps(async ({ db }) => {
        const result = await computeDeadline(db, ctx(), {
          start,
          amount,
          ...(values['agency-id'] ? { agencyId: values['agency-id'] } : {}),
        });
        console.log(`Hạn xử lý / due: ${result.dueAtText}`);
        console.log(result.explanation);
        console.log(result.explanationEn);
        return 0;
      });
    }
  }
  console.error(
    'Dùng / usage: openprovince calendar (show|prefill|confirm) <year> | import <file.json> [--confirm] | deadline --start "dd/mm/yyyy HH:mm" (--days N|--hours N|--calendar-days N)',
  );
  return 2;
}
