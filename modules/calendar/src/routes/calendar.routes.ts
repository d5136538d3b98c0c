import type { Db } from '@openprovince/db';
import { errorResponses, type HttpApp, parseIfMatch } from '@openprovince/platform';
import {
  CALENDAR_PERMISSIONS,
  CalendarYearSchema,
  ConfirmBodySchema,
  DeadlineBodySchema,
  DeadlineResultSchema,
  OfficeHoursSchema,
  PrefillBodySchema,
  PrefillResultSchema,
  SetDayOffBodySchema,
  SetExtraWorkingDayBodySchema,
  SetOfficeHoursBodySchema,
  YearDateParamsSchema,
  YearParamsSchema,
} from '../contracts/index.ts';
import { parseProvinceDateTime } from '../domain/engine/local-time.ts';
import { computeDeadline, type DeadlineAmount } from '../use-cases/compute-deadline.ts';
import { confirmCalendarYear } from '../use-cases/confirm-calendar-year.ts';
import { getCalendarYear } from '../use-cases/get-calendar-year.ts';
import { prefillCalendarYear } from '../use-cases/prefill-calendar-year.ts';
import { removeDayOff } from '../use-cases/remove-day-off.ts';
import { removeExtraWorkingDay } from '../use-cases/remove-extra-working-day.ts';
import { setDayOff } from '../use-cases/set-day-off.ts';
import { setExtraWorkingDay } from '../use-cases/set-extra-working-day.ts';
import { setOfficeHours } from '../use-cases/set-office-hours.ts';

const tags = ['calendar'];
const manage = { permission: CALENDAR_PERMISSIONS.manage } as const;

export function calendarRoutes(db: Db) {
  return async function register(app: HttpApp): Promise<void> {
    app.get(
      '/api/calendar/years/:year',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Lịch làm việc của một năm (ngày nghỉ, ngày làm bù) / Work calendar of a year',
          params: YearParamsSchema,
          response: { 200: CalendarYearSchema, ...errorResponses },
        },
      },
      async (request) => getCalendarYear(db, request.ctx, request.params),
    );

    app.post(
      '/api/calendar/years/:year/prefill',
      {
        config: { access: manage },
        schema: {
          tags,
          summary:
            'Khởi tạo bản nháp lịch năm theo luật và lịch đã công bố / Prefill a draft year from the law and announced schedules',
          params: YearParamsSchema,
          body: PrefillBodySchema,
          response: { 200: PrefillResultSchema, ...errorResponses },
        },
      },
      async (request) =>
        prefillCalendarYear(db, request.ctx, { year: request.params.year, replace: request.body.replace }),
    );

    app.put(
      '/api/calendar/years/:year/days-off/:date',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Đặt một ngày nghỉ / Set a day off',
          params: YearDateParamsSchema,
          body: SetDayOffBodySchema,
          response: { 200: CalendarYearSchema, ...errorResponses },
        },
      },
      async (request) =>
        setDayOff(db, request.ctx, {
          ...request.params,
          ...request.body,
          expectedVersion: parseIfMatch(request.headers['if-match']),
        }),
    );

    app.delete(
      '/api/calendar/years/:year/days-off/:date',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Bỏ một ngày nghỉ / Remove a day off',
          params: YearDateParamsSchema,
          response: { 200: CalendarYearSchema, ...errorResponses },
        },
      },
      async (request) =>
        removeDayOff(db, request.ctx, {
          ...request.params,
          expectedVersion: parseIfMatch(request.headers['if-match']),
        }),
    );

    app.put(
      '/api/calendar/years/:year/extra-working-days/:date',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Đặt một ngày làm bù (thứ Bảy, Chủ nhật) / Set an extra working day',
          params: YearDateParamsSchema,
          body: SetExtraWorkingDayBodySchema,
          response: { 200: CalendarYearSchema, ...errorResponses },
        },
      },
      async (request) =>
        setExtraWorkingDay(db, request.ctx, {
          ...request.params,
          ...request.body,
          expectedVersion: parseIfMatch(request.headers['if-match']),
        }),
    );

    app.delete(
      '/api/calendar/years/:year/extra-working-days/:date',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Bỏ một ngày làm bù / Remove an extra working day',
          params: YearDateParamsSchema,
          response: { 200: CalendarYearSchema, ...errorResponses },
        },
      },
      async (request) =>
        removeExtraWorkingDay(db, request.ctx, {
          ...request.params,
          expectedVersion: parseIfMatch(request.headers['if-match']),
        }),
    );

    app.post(
      '/api/calendar/years/:year/confirm',
      {
        config: { access: manage },
        schema: {
          tags,
          summary:
            'Xác nhận lịch năm sau khi đối chiếu thông báo chính thức / Confirm a year against the announcement',
          params: YearParamsSchema,
          body: ConfirmBodySchema,
          response: { 200: CalendarYearSchema, ...errorResponses },
        },
      },
      async (request) =>
        confirmCalendarYear(db, request.ctx, { year: request.params.year, version: request.body.version }),
    );

    app.put(
      '/api/calendar/office-hours',
      {
        config: {
          access: { anyPermission: [CALENDAR_PERMISSIONS.manage, CALENDAR_PERMISSIONS.manageOwnOfficeHours] },
        },
        schema: {
          tags,
          summary: 'Đặt giờ làm việc của cơ quan / Set an agency’s office hours',
          body: SetOfficeHoursBodySchema,
          response: { 200: OfficeHoursSchema, ...errorResponses },
        },
      },
      async (request) =>
        setOfficeHours(db, request.ctx, { ...request.body, agencyId: request.body.agencyId ?? null }),
    );

    app.post(
      '/api/calendar/deadline',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Tính hạn giải quyết hồ sơ / Compute a procedure’s due date',
          body: DeadlineBodySchema,
          response: { 200: DeadlineResultSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { start, hours, days, calendarDays, agencyId, allowDraft } = request.body;
        const result = await computeDeadline(db, request.ctx, {
          start: parseProvinceDateTime(start),
          amount: { hours, days, calendarDays } as DeadlineAmount,
          agencyId: agencyId ?? null,
          allowDraft,
        });
        return {
          ...result,
          start: result.start.toISOString(),
          effectiveStart: result.effectiveStart.toISOString(),
          dueAt: result.dueAt.toISOString(),
        };
      },
    );
  };
}
