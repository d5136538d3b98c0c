import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, newId, type RequestContext } from '@openprovince/platform';
import type { TOfficeHours } from '../contracts/index.ts';
import { actorIdentity } from '../domain/calendar-year.ts';
import { isIsoDate } from '../domain/engine/local-time.ts';
import { compileOfficeHours, type OfficePeriod, officeDayMinutes } from '../domain/engine/office-hours.ts';
import { canSetOfficeHours } from '../policies.ts';
import { upsertOfficeHours } from '../repositories/office-hours.repository.ts';

export interface SetOfficeHoursInput {
  /** Null: the province's default, used by agencies without their own. */
  agencyId: string | null;
  /** First day these hours apply; deadlines received before keep the hours then in force. */
  validFrom: string;
  morning: OfficePeriod;
  afternoon: OfficePeriod;
}

/** State agencies work 8 hours a day, 40 a week (Decision 188/1999/QĐ-TTg). */
const WORKING_DAY_MINUTES = 480;

/**
 * Sets an agency's office hours from a date. The two periods must add up to eight hours, so that "one
 * working day" means the same eight working hours everywhere (domain.md §5.4).
 */
export async function setOfficeHours(
  db: Db,
  ctx: RequestContext,
  input: SetOfficeHoursInput,
): Promise<TOfficeHours> {
  authorize(ctx.actor, canSetOfficeHours, { agencyId: input.agencyId });
  if (!isIsoDate(input.validFrom)) {
    throw AppError.forField({
      path: '/body/validFrom',
      message: `Ngày áp dụng không hợp lệ: ${input.validFrom} (định dạng yyyy-mm-dd)`,
      messageEn: `Invalid start date ${input.validFrom} (expected yyyy-mm-dd)`,
    });
  }
  const hours = { periods: [input.morning, input.afternoon] };
  compileOfficeHours(hours);
  const total = officeDayMinutes(hours);
  if (total !== WORKING_DAY_MINUTES) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: `Giờ làm việc buổi sáng và buổi chiều phải cộng lại đúng 8 giờ (đang là ${total / 60} giờ)`,
      detailEn: `Morning and afternoon must add up to exactly 8 hours (they add up to ${total / 60})`,
    });
  }
  return db.transaction(async (tx) => {
    await upsertOfficeHours(tx, {
      id: newId(),
      agencyId: input.agencyId,
      validFrom: input.validFrom,
      morningStart: input.morning.start,
      morningEnd: input.morning.end,
      afternoonStart: input.afternoon.start,
      afternoonEnd: input.afternoon.end,
      createdAt: new Date(),
      createdByName: actorIdentity(ctx.actor).name,
    });
    await recordAudit(tx, ctx, {
      action: 'calendar.office-hours.set',
      objectType: 'office_hours',
      objectId: input.agencyId ?? 'province',
      agencyId: input.agencyId,
      summary: { validFrom: input.validFrom, morning: input.morning, afternoon: input.afternoon },
    });
    return {
      agencyId: input.agencyId,
      validFrom: input.validFrom,
      morning: input.morning,
      afternoon: input.afternoon,
    };
  });
}
