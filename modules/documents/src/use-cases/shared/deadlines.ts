import { calendarApi, localDateOf, localInstant } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { AppError } from '@openprovince/platform';
import type { Urgency } from '../../contracts/index.ts';

/** Hỏa tốc, Thượng khẩn and Khẩn are handled at once (Decree 30/2020 Art. 4 §2, Art. 16 §1, Art. 22). */
export function isImmediate(urgency: string): boolean {
  return urgency === 'flash' || urgency === 'top_urgent' || urgency === 'urgent';
}

/**
 * When a received (to register) or signed (to issue) document must be handled: the same day, at the
 * latest the next working day (Decree 30/2020 Art. 4 §1, Art. 16 §1, Art. 22) — one working day on the
 * province's work calendar; urgent documents at once. Null when the calendar year is not confirmed yet
 * (the reminder then shows no deadline rather than a wrong one).
 */
export async function handleBy(
  db: Db,
  input: { at: Date; urgency: Urgency | string; agencyId: string },
): Promise<Date | null> {
  if (isImmediate(input.urgency)) return input.at;
  try {
    const result = await calendarApi.computeDeadline(db, {
      start: input.at,
      amount: { days: 1 },
      agencyId: input.agencyId,
    });
    return result.dueAt;
  } catch {
    return null;
  }
}

/** A directive's deadline: a date (end of that day, Vietnam time) or working days on the work calendar. */
export async function directiveDeadline(
  db: Db,
  input: { now: Date; dueDate?: string; workingDays?: number; agencyId: string },
): Promise<Date | null> {
  if (input.dueDate) return localInstant(input.dueDate, '23:59');
  if (!input.workingDays) return null;
  try {
    const result = await calendarApi.computeDeadline(db, {
      start: input.now,
      amount: { days: input.workingDays },
      agencyId: input.agencyId,
    });
    return result.dueAt;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: 'Lịch làm việc của năm chưa được xác nhận; hãy nhập hạn xử lý là một ngày cụ thể',
      detailEn: 'The work calendar of that year is not confirmed; give the deadline as a date',
    });
  }
}

/** The local (Asia/Ho_Chi_Minh) calendar year of an instant: numbering restarts on 1 January. */
export function localYear(at: Date): number {
  return Number(localDateOf(at).slice(0, 4));
}

export { localDateOf };
