import { AppError } from '@openprovince/platform';
import { formatTimeOfDay, MS_PER_MINUTE, parseTimeOfDay } from './local-time.ts';

/** One stretch of office time in a day, `HH:mm`–`HH:mm` local time; the end is exclusive. */
export interface OfficePeriod {
  start: string;
  end: string;
}

/** The office hours of an agency: its periods, in order (morning, afternoon). */
export interface OfficeHours {
  periods: readonly OfficePeriod[];
}

/**
 * The default of domain.md §5.4 and of most provincial one-stop sections: 07:00–11:30 and 13:30–17:00,
 * eight hours, matching the 8-hour working day of Decision 188/1999/QĐ-TTg for state agencies.
 */
export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({
  periods: Object.freeze([
    Object.freeze({ start: '07:00', end: '11:30' }),
    Object.freeze({ start: '13:30', end: '17:00' }),
  ]),
});

/** Office hours in milliseconds since local midnight, checked and sorted, ready for the engine. */
export interface CompiledOfficeHours {
  periods: readonly { startMs: number; endMs: number }[];
  /** Length of a full office day: what "one working day" means for this agency. */
  dayMs: number;
}

const compiled = new WeakMap<OfficeHours, CompiledOfficeHours>();

function invalid(detail: string, detailEn: string): AppError {
  return new AppError('VALIDATION_FAILED', { detail, detailEn });
}

export function compileOfficeHours(hours: OfficeHours): CompiledOfficeHours {
  const cached = compiled.get(hours);
  if (cached) return cached;
  if (hours.periods.length === 0) {
    throw invalid('Giờ làm việc phải có ít nhất một buổi', 'Office hours need at least one period');
  }
  const periods = hours.periods.map((p) => ({
    startMs: parseTimeOfDay(p.start) * MS_PER_MINUTE,
    endMs: parseTimeOfDay(p.end) * MS_PER_MINUTE,
  }));
  let previousEnd = 0;
  for (const p of periods) {
    if (p.startMs >= p.endMs || p.startMs < previousEnd) {
      throw invalid(
        'Các buổi làm việc phải theo thứ tự, không chồng lên nhau, giờ bắt đầu trước giờ kết thúc',
        'Office periods must be in order, must not overlap, and each must start before it ends',
      );
    }
    previousEnd = p.endMs;
  }
  const result = { periods, dayMs: periods.reduce((sum, p) => sum + p.endMs - p.startMs, 0) };
  compiled.set(hours, result);
  return result;
}

export function officeDayMinutes(hours: OfficeHours): number {
  return compileOfficeHours(hours).dayMs / MS_PER_MINUTE;
}

/** "07:00–11:30, 13:30–17:00" */
export function describeOfficeHours(hours: OfficeHours): string {
  return compileOfficeHours(hours)
    .periods.map(
      (p) => `${formatTimeOfDay(p.startMs / MS_PER_MINUTE)}–${formatTimeOfDay(p.endMs / MS_PER_MINUTE)}`,
    )
    .join(', ');
}
