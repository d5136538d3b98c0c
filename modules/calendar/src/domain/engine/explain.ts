import { formatNumberVi } from '@openprovince/platform';
import { readAmount, type WorkingAmount } from './deadline.ts';
import {
  type EpochDay,
  formatDateTimeVn,
  formatDateVn,
  isoDateOf,
  isWeekend,
  localEpochDay,
  weekdayNameEn,
  weekdayNameVi,
} from './local-time.ts';
import { describeOfficeHours, type OfficeHours, officeDayMinutes } from './office-hours.ts';
import { isWorkingEpochDay, type WorkCalendar } from './work-calendar.ts';

/** A stretch of consecutive days without office work, with why. */
export interface NonWorkingRun {
  from: string;
  to: string;
  reasons: string[];
}

const WEEKEND_VI = 'nghỉ cuối tuần';

/** The non-working days strictly after `fromDay` and up to `toDay`, grouped into runs. */
export function nonWorkingRuns(calendar: WorkCalendar, fromDay: EpochDay, toDay: EpochDay): NonWorkingRun[] {
  const runs: NonWorkingRun[] = [];
  let current: { from: EpochDay; to: EpochDay; reasons: string[] } | undefined;
  for (let day = fromDay + 1; day <= toDay; day++) {
    if (isWorkingEpochDay(calendar, day)) {
      if (current)
        runs.push({ from: isoDateOf(current.from), to: isoDateOf(current.to), reasons: current.reasons });
      current = undefined;
      continue;
    }
    const reason = calendar.daysOff.get(day)?.reason ?? (isWeekend(day) ? WEEKEND_VI : 'ngày nghỉ');
    current ??= { from: day, to: day, reasons: [] };
    current.to = day;
    if (!current.reasons.includes(reason)) current.reasons.push(reason);
  }
  if (current)
    runs.push({ from: isoDateOf(current.from), to: isoDateOf(current.to), reasons: current.reasons });
  // "Weekend" says nothing when the run already has a named reason (a Tết week contains a weekend).
  return runs.map((r) =>
    r.reasons.length > 1 ? { ...r, reasons: r.reasons.filter((x) => x !== WEEKEND_VI) } : r,
  );
}

function formatRun(run: NonWorkingRun): string {
  if (run.from === run.to) return formatDateVn(run.from);
  const from = formatDateVn(run.from);
  return `${run.from.slice(0, 4) === run.to.slice(0, 4) ? from.slice(0, 5) : from}–${formatDateVn(run.to)}`;
}

function stamp(instant: Date, lang: 'vi' | 'en'): string {
  const day = localEpochDay(instant.getTime());
  const [time, date] = formatDateTimeVn(instant).split(' ') as [string, string];
  return lang === 'vi' ? `${time} ${weekdayNameVi(day)} ${date}` : `${time} ${weekdayNameEn(day)} ${date}`;
}

export interface ExplainDeadlineInput {
  start: Date;
  effectiveStart: Date;
  dueAt: Date;
  amount: WorkingAmount;
  calendar: WorkCalendar;
  officeHours: OfficeHours;
}

/** A short explanation of how a due date was reached, for the officer and for the citizen's slip. */
export function explainDeadline(input: ExplainDeadlineInput): {
  vi: string;
  en: string;
  skipped: NonWorkingRun[];
} {
  const { unit, value } = readAmount(input.amount);
  const hoursText = describeOfficeHours(input.officeHours);
  const dayMinutes = officeDayMinutes(input.officeHours);
  const minutes = unit === 'hours' ? value * 60 : unit === 'days' ? value * dayMinutes : value;
  const n = formatNumberVi(value, Number.isInteger(value) ? 0 : 2);
  const limitVi =
    unit === 'calendarDays'
      ? `${n} ngày (tính theo ngày lịch; nếu ngày cuối là ngày nghỉ thì chuyển sang ngày làm việc kế tiếp)`
      : `${n} ${unit === 'days' ? 'ngày làm việc' : unit === 'hours' ? 'giờ làm việc' : 'phút làm việc'} (${formatNumberVi(minutes)} phút làm việc trong giờ hành chính ${hoursText})`;
  const limitEn =
    unit === 'calendarDays'
      ? `${value} calendar day(s) (a due date on a day off moves to the next working day)`
      : `${value} ${unit === 'days' ? 'working day(s)' : unit === 'hours' ? 'working hour(s)' : 'working minute(s)'} (${minutes} working minutes within office hours ${hoursText})`;

  const vi = [`Tiếp nhận: ${stamp(input.start, 'vi')}.`];
  const en = [`Received: ${stamp(input.start, 'en')}.`];
  if (input.effectiveStart.getTime() !== input.start.getTime()) {
    vi.push(`Hồ sơ nhận ngoài giờ làm việc nên thời hạn được tính từ ${stamp(input.effectiveStart, 'vi')}.`);
    en.push(
      `Received outside office hours, so the time limit runs from ${stamp(input.effectiveStart, 'en')}.`,
    );
  }
  vi.push(`Thời hạn: ${limitVi}.`);
  en.push(`Time limit: ${limitEn}.`);
  const skipped = nonWorkingRuns(
    input.calendar,
    localEpochDay(input.effectiveStart.getTime()),
    localEpochDay(input.dueAt.getTime()),
  );
  if (skipped.length > 0) {
    const list = skipped.map((r) => `${formatRun(r)} (${r.reasons.join('; ')})`).join(', ');
    vi.push(`Không tính các ngày nghỉ: ${list}.`);
    en.push(`Days off not counted: ${list}.`);
  }
  vi.push(`Hạn trả kết quả: ${stamp(input.dueAt, 'vi')}.`);
  en.push(`Due: ${stamp(input.dueAt, 'en')}.`);
  return { vi: vi.join(' '), en: en.join(' '), skipped };
}
