import { verifyAuditChain } from '@openprovince/audit';
import { sql } from '@openprovince/db';
import {
  type Actor,
  ANONYMOUS,
  type AppError,
  type CitizenActor,
  type OfficialActor,
  type RequestContext,
  systemActor,
} from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarApi } from './api.ts';
import { CALENDAR_PERMISSIONS } from './contracts/index.ts';
import { localInstant } from './domain/engine/local-time.ts';
import { isWorkingDay } from './domain/engine/work-calendar.ts';
import { seedCalendar } from './seed/demo.ts';
import { computeDeadline } from './use-cases/compute-deadline.ts';
import { confirmCalendarYear } from './use-cases/confirm-calendar-year.ts';
import { getCalendarYear } from './use-cases/get-calendar-year.ts';
import { CALENDAR_DOCUMENT_FORMAT, importCalendar } from './use-cases/import-calendar.ts';
import { loadWorkCalendar } from './use-cases/load-work-calendar.ts';
import { prefillCalendarYear } from './use-cases/prefill-calendar-year.ts';
import { removeDayOff } from './use-cases/remove-day-off.ts';
import { removeExtraWorkingDay } from './use-cases/remove-extra-working-day.ts';
import { setDayOff } from './use-cases/set-day-off.ts';
import { setExtraWorkingDay } from './use-cases/set-extra-working-day.ts';
import { setOfficeHours } from './use-cases/set-office-hours.ts';

const PROVINCE_AGENCY = '00000000-0000-4000-8000-0000000000a1';
const OTHER_AGENCY = '00000000-0000-4000-8000-0000000000b2';

function official(name: string, permissions: string[], agencyId = PROVINCE_AGENCY): OfficialActor {
  return {
    kind: 'official',
    userId: `user-${name}`,
    username: name,
    fullName: name,
    agencyId,
    roles: [],
    permissions: new Set(permissions),
  };
}

const admin = official('Nguyễn Thị Quản Trị', [CALENDAR_PERMISSIONS.manage]);
const officer = official('Trần Văn Một Cửa', []);
const agencyAdmin = official('Lê Văn Cơ Quan', [CALENDAR_PERMISSIONS.manageOwnOfficeHours], OTHER_AGENCY);
const citizen: CitizenActor = { kind: 'citizen', citizenId: 'c1', fullName: 'Phạm Thị Dân' };
const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'req-calendar-test' });

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected the call to fail');
}

describe('calendar use cases', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, ctx(systemActor('seed')));
  });
  afterAll(async () => t?.destroy());

  it('seeds 2020–2026 from the announced schedules, confirmed, and does nothing the second time', async () => {
    const again = await seedCalendar(t.db, ctx(systemActor('seed')));
    expect(again).toEqual({
      created: [],
      confirmed: [],
      skipped: [2020, 2021, 2022, 2023, 2024, 2025, 2026],
    });
    const y2021 = await getCalendarYear(t.db, ctx(ANONYMOUS), { year: 2021 });
    expect(y2021).toMatchObject({ year: 2021, status: 'confirmed', version: 1, confirmedVersion: 1 });
    expect(y2021.confirmedByName).toBe('seed');
    expect(y2021.daysOff.map((d) => d.date)).toEqual(
      expect.arrayContaining(['2021-02-10', '2021-02-16', '2021-05-03', '2021-09-03']),
    );
    const y2026 = await getCalendarYear(t.db, ctx(ANONYMOUS), { year: 2026 });
    expect(y2026.extraWorkingDays.map((d) => [d.date, d.swapsFor])).toEqual([
      ['2026-01-10', '2026-01-02'],
      ['2026-08-22', '2026-08-31'],
    ]);
  });

  it('answers the one-stop officer: 3 working days from Friday 05/02/2021 16:40 is due 16:40 Wednesday 17/02/2021', async () => {
    const result = await computeDeadline(t.db, ctx(officer), {
      start: new Date('2021-02-05T16:40:00+07:00'),
      amount: { days: 3 },
    });
    expect(result.dueAtText).toBe('16:40 17/02/2021');
    expect(result.dueAt.toISOString()).toBe('2021-02-17T09:40:00.000Z');
    // Received at 16:40:37.412: the deadline counts from the minute on the slip, a whole minute.
    const withSeconds = await computeDeadline(t.db, ctx(officer), {
      start: new Date('2021-02-05T16:40:37.412+07:00'),
      amount: { days: 3 },
    });
    expect(withSeconds.dueAt.toISOString()).toBe('2021-02-17T09:40:00.000Z');
    // Other modules ask through the actor-free api (their own use case decided who acts): the same answer.
    const viaApi = await calendarApi.computeDeadline(t.db, {
      start: new Date('2021-02-05T16:40:00+07:00'),
      amount: { days: 3 },
    });
    expect(viaApi).toEqual(result);
    expect(result.calendarYearsUsed).toEqual([{ year: 2021, version: 1, status: 'confirmed' }]);
    expect(result.officeHours).toEqual({
      agencyId: null,
      validFrom: null,
      periods: [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
    });
    expect(result.explanation).toContain('10/02–16/02/2021 (Tết Âm lịch Tân Sửu');
    expect(result.explanation).toContain('Hạn trả kết quả: 16:40 Thứ Tư 17/02/2021');
    expect(result.explanationEn).toContain('Due: 16:40 Wednesday 17/02/2021');
  });

  it('computes 15 working days, hours and calendar days across Tết 2021', async () => {
    const start = new Date('2021-02-05T16:40:00+07:00');
    const c = ctx(officer);
    expect((await computeDeadline(t.db, c, { start, amount: { days: 15 } })).dueAtText).toBe(
      '16:40 05/03/2021',
    );
    expect((await computeDeadline(t.db, c, { start, amount: { hours: 4 } })).dueAtText).toBe(
      '10:40 08/02/2021',
    );
    expect((await computeDeadline(t.db, c, { start, amount: { calendarDays: 5 } })).dueAtText).toBe(
      '16:40 17/02/2021',
    );
    const late = await computeDeadline(t.db, c, {
      start: localInstant('2021-02-05', '17:30'),
      amount: { days: 1 },
    });
    expect(late.effectiveStart.toISOString()).toBe(localInstant('2021-02-08', '07:00').toISOString());
    expect(late.explanation).toContain('Hồ sơ nhận ngoài giờ làm việc');
  });

  it('never moves a deadline already promised: edits wait for confirmation, and a stored promise keeps its date', async () => {
    await t.db.execute(
      // A real table, not a temporary one: on a server the pool may answer each query on another connection.
      sql`create table test_promised (dossier text primary key, due_at timestamptz, versions jsonb)`,
    );
    const start = new Date('2021-02-05T16:40:00+07:00');
    const promise = await computeDeadline(t.db, ctx(officer), { start, amount: { days: 3 } });
    await t.db.execute(
      sql`insert into test_promised values ('HS-001', ${promise.dueAt.toISOString()}, ${JSON.stringify(promise.calendarYearsUsed)})`,
    );

    // The province closes on Wednesday 17/02/2021 as well (a hypothetical late decision).
    const edited = await setDayOff(t.db, ctx(admin), {
      year: 2021,
      date: '2021-02-17',
      reason: 'Nghỉ bổ sung (ví dụ)',
      kind: 'holiday',
      expectedVersion: 1,
    });
    expect(edited).toMatchObject({ status: 'draft', version: 2, confirmedVersion: 1, pendingChanges: true });

    // Until confirmed, deadlines still come from version 1; a preview with drafts sees the edit.
    const meanwhile = await computeDeadline(t.db, ctx(officer), { start, amount: { days: 3 } });
    expect(meanwhile.dueAtText).toBe('16:40 17/02/2021');
    expect(meanwhile.calendarYearsUsed).toEqual([{ year: 2021, version: 1, status: 'confirmed' }]);
    const preview = await computeDeadline(t.db, ctx(officer), {
      start,
      amount: { days: 3 },
      allowDraft: true,
    });
    expect(preview.dueAtText).toBe('16:40 18/02/2021');
    expect(preview.calendarYearsUsed).toEqual([{ year: 2021, version: 2, status: 'draft' }]);

    await confirmCalendarYear(t.db, ctx(admin), { year: 2021, version: 2 });
    const fresh = await computeDeadline(t.db, ctx(officer), { start, amount: { days: 3 } });
    expect(fresh.dueAtText).toBe('16:40 18/02/2021');
    expect(fresh.calendarYearsUsed).toEqual([{ year: 2021, version: 2, status: 'confirmed' }]);

    const stored = await t.db.execute(
      sql`select due_at, versions from test_promised where dossier = 'HS-001'`,
    );
    const row = (stored as unknown as { rows: { due_at: string | Date; versions: unknown }[] }).rows[0]!;
    expect(new Date(row.due_at).toISOString()).toBe('2021-02-17T09:40:00.000Z');
    expect(row.versions).toEqual([{ year: 2021, version: 1, status: 'confirmed' }]);

    // Put 2021 back as announced for the other tests.
    await removeDayOff(t.db, ctx(admin), { year: 2021, date: '2021-02-17', expectedVersion: 2 });
    await confirmCalendarYear(t.db, ctx(admin), { year: 2021, version: 3 });
    expect((await computeDeadline(t.db, ctx(officer), { start, amount: { days: 3 } })).dueAtText).toBe(
      '16:40 17/02/2021',
    );
  });

  it('refuses a year that is not confirmed, in Vietnamese and English, unless drafts are allowed', async () => {
    const prefill = await prefillCalendarYear(t.db, ctx(admin), { year: 2027 });
    expect(prefill.calendar).toMatchObject({
      year: 2027,
      status: 'draft',
      version: 1,
      source: 'statutory-rules',
    });
    expect(prefill.calendar.daysOff.map((d) => d.date)).toContain('2027-02-06'); // Tết Đinh Mùi
    expect(prefill.notes[0]?.vi).toMatch(/Thủ tướng/);

    const start = localInstant('2027-03-01', '09:00');
    const refused = await errorOf(computeDeadline(t.db, ctx(officer), { start, amount: { days: 3 } }));
    expect(refused.code).toBe('BUSINESS_RULE_VIOLATED');
    expect(refused.options.detail).toMatch(/năm 2027 chưa được xác nhận/);
    expect(refused.options.detailEn).toMatch(/2027 work calendar has not been confirmed/);

    const draft = await computeDeadline(t.db, ctx(officer), { start, amount: { days: 3 }, allowDraft: true });
    expect(draft.dueAtText).toBe('09:00 04/03/2027');
    expect(draft.calendarYearsUsed).toEqual([{ year: 2027, version: 1, status: 'draft' }]);
  });

  it('loads the next year when a deadline crosses New Year, and refuses a year that does not exist', async () => {
    const start = localInstant('2026-12-30', '09:00');
    const refused = await errorOf(computeDeadline(t.db, ctx(officer), { start, amount: { days: 5 } }));
    expect(refused.code).toBe('BUSINESS_RULE_VIOLATED');
    expect(refused.options.extra).toEqual({ unconfirmedCalendarYear: 2027 });

    const preview = await computeDeadline(t.db, ctx(officer), {
      start,
      amount: { days: 5 },
      allowDraft: true,
    });
    // Wednesday 30/12 from 09:00, Thursday 31/12, Friday 1/1/2027 is New Year, then Monday 4 to
    // Wednesday 6/1, and the last two hours on Thursday 7/1: due 09:00 Thursday 07/01/2027.
    expect(preview.dueAtText).toBe('09:00 07/01/2027');
    expect(preview.calendarYearsUsed.map((y) => y.year)).toEqual([2026, 2027]);

    const missing = await errorOf(
      computeDeadline(t.db, ctx(officer), {
        start: localInstant('2030-05-05', '09:00'),
        amount: { days: 1 },
      }),
    );
    expect(missing.code).toBe('BUSINESS_RULE_VIOLATED');
    expect(missing.options.extra).toEqual({ missingCalendarYear: 2030 });
    expect(missing.options.detail).toMatch(/Chưa có lịch làm việc năm 2030/);
  });

  it('returns the pure WorkCalendar of confirmed years', async () => {
    const calendar = await loadWorkCalendar(t.db, { from: 2024, to: 2025 });
    expect([...calendar.years.values()]).toEqual([
      { year: 2024, version: 1, status: 'confirmed' },
      { year: 2025, version: 1, status: 'confirmed' },
    ]);
    expect(isWorkingDay({ calendar, date: '2024-04-29' })).toBe(false);
    expect(isWorkingDay({ calendar, date: '2024-05-04' })).toBe(true);
    expect(isWorkingDay({ calendar, date: '2025-04-26' })).toBe(true);
    await expect(loadWorkCalendar(t.db, { from: 2027, to: 2027 })).rejects.toThrow(/not been confirmed/);
  });

  it('edits extra working days with the rules of the calendar', async () => {
    // A swap in a draft year: Friday 30/04/2027 is already a holiday; swap Monday 03/05 for Saturday 08/05.
    await setDayOff(t.db, ctx(admin), {
      year: 2027,
      date: '2027-05-03',
      reason: 'Nghỉ hoán đổi',
      kind: 'swap',
    });
    const y = await setExtraWorkingDay(t.db, ctx(admin), {
      year: 2027,
      date: '2027-05-08',
      reason: 'Làm bù cho thứ Hai 03/05',
      swapsFor: '2027-05-03',
    });
    expect(y.extraWorkingDays).toEqual([
      { date: '2027-05-08', reason: 'Làm bù cho thứ Hai 03/05', swapsFor: '2027-05-03' },
    ]);
    expect(y.version).toBe(3);

    const weekday = await errorOf(
      setExtraWorkingDay(t.db, ctx(admin), { year: 2027, date: '2027-05-05', reason: 'x' }),
    );
    expect(weekday.code).toBe('BUSINESS_RULE_VIOLATED');
    const clash = await errorOf(
      setExtraWorkingDay(t.db, ctx(admin), { year: 2027, date: '2027-05-01', reason: 'x' }),
    );
    expect(clash.code).toBe('CONFLICT');
    const swapOnSaturday = await errorOf(
      setDayOff(t.db, ctx(admin), { year: 2027, date: '2027-05-15', reason: 'x', kind: 'swap' }),
    );
    expect(swapOnSaturday.code).toBe('BUSINESS_RULE_VIOLATED');
    const wrongYear = await errorOf(
      setDayOff(t.db, ctx(admin), { year: 2027, date: '2026-05-15', reason: 'x', kind: 'holiday' }),
    );
    expect(wrongYear.code).toBe('VALIDATION_FAILED');
    const stale = await errorOf(
      setDayOff(t.db, ctx(admin), {
        year: 2027,
        date: '2027-06-01',
        reason: 'x',
        kind: 'holiday',
        expectedVersion: 1,
      }),
    );
    expect(stale.code).toBe('VERSION_MISMATCH');
    const notThere = await errorOf(
      removeExtraWorkingDay(t.db, ctx(admin), { year: 2027, date: '2027-05-15' }),
    );
    expect(notThere.code).toBe('NOT_FOUND');
    const confirmOld = await errorOf(confirmCalendarYear(t.db, ctx(admin), { year: 2027, version: 2 }));
    expect(confirmOld.code).toBe('VERSION_MISMATCH');

    const confirmed = await confirmCalendarYear(t.db, ctx(admin), { year: 2027, version: 3 });
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      confirmedVersion: 3,
      confirmedByName: admin.fullName,
    });
    // Friday 07/05/2027 16:00 + 2 hours ends on the worked Saturday.
    const due = await computeDeadline(t.db, ctx(officer), {
      start: localInstant('2027-05-07', '16:00'),
      amount: { hours: 2 },
    });
    expect(due.dueAtText).toBe('08:00 08/05/2027');

    const removed = await removeExtraWorkingDay(t.db, ctx(admin), {
      year: 2027,
      date: '2027-05-08',
      expectedVersion: 3,
    });
    expect(removed).toMatchObject({
      status: 'draft',
      version: 4,
      pendingChanges: true,
      extraWorkingDays: [],
    });
  });

  it('refuses to pre-fill over an existing year unless asked to replace it', async () => {
    const conflict = await errorOf(prefillCalendarYear(t.db, ctx(admin), { year: 2021 }));
    expect(conflict.code).toBe('CONFLICT');
    const replaced = await prefillCalendarYear(t.db, ctx(admin), { year: 2024, replace: true });
    expect(replaced.calendar).toMatchObject({ year: 2024, version: 1, status: 'confirmed' }); // same days: unchanged
    const missing = await errorOf(
      setDayOff(t.db, ctx(admin), { year: 2031, date: '2031-01-02', reason: 'x', kind: 'holiday' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('uses an agency’s own office hours from the date they apply', async () => {
    await setOfficeHours(t.db, ctx(agencyAdmin), {
      agencyId: OTHER_AGENCY,
      validFrom: '2021-03-01',
      morning: { start: '07:30', end: '11:30' },
      afternoon: { start: '13:00', end: '17:00' },
    });
    const c = ctx(officer);
    const withOwn = await computeDeadline(t.db, c, {
      start: localInstant('2021-03-02', '12:00'),
      amount: { days: 1 },
      agencyId: OTHER_AGENCY,
    });
    expect(withOwn.dueAtText).toBe('11:30 03/03/2021');
    expect(withOwn.officeHours).toMatchObject({ agencyId: OTHER_AGENCY, validFrom: '2021-03-01' });
    // Received before the new hours applied: the province's default.
    const before = await computeDeadline(t.db, c, {
      start: localInstant('2021-02-26', '12:00'),
      amount: { days: 1 },
      agencyId: OTHER_AGENCY,
    });
    expect(before.officeHours.agencyId).toBeNull();
    expect(before.dueAtText).toBe('11:30 01/03/2021');

    const notEight = await errorOf(
      setOfficeHours(t.db, ctx(admin), {
        agencyId: null,
        validFrom: '2021-01-01',
        morning: { start: '07:30', end: '11:30' },
        afternoon: { start: '13:30', end: '17:00' },
      }),
    );
    expect(notEight.code).toBe('BUSINESS_RULE_VIOLATED');
    const reversed = await errorOf(
      setOfficeHours(t.db, ctx(admin), {
        agencyId: null,
        validFrom: '2021-01-01',
        morning: { start: '11:30', end: '07:30' },
        afternoon: { start: '13:00', end: '17:00' },
      }),
    );
    expect(reversed.code).toBe('VALIDATION_FAILED');
    // The province's default can be set again for the same date (upsert on agency null).
    for (let i = 0; i < 2; i++) {
      await setOfficeHours(t.db, ctx(admin), {
        agencyId: null,
        validFrom: '2030-01-01',
        morning: { start: '07:00', end: '11:30' },
        afternoon: { start: '13:30', end: '17:00' },
      });
    }
    const rows = await t.db.execute(
      sql`select count(*)::int as n from calendar.office_hours where agency_id is null`,
    );
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
  });

  it('imports a calendar document, all or nothing, and confirms it when asked', async () => {
    const bad = await errorOf(
      importCalendar(t.db, ctx(admin), {
        document: {
          format: CALENDAR_DOCUMENT_FORMAT,
          years: [
            {
              year: 2028,
              daysOff: [
                { date: '2028-01-01', reason: 'Tết Dương lịch', kind: 'holiday' },
                { date: '2027-12-31', reason: 'wrong year', kind: 'holiday' },
                { date: '2028-01-08', reason: 'saturday swap', kind: 'swap' },
              ],
              extraWorkingDays: [{ date: '2028-01-05', reason: 'a Wednesday' }],
            },
          ],
        },
      }),
    );
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.options.errors?.map((e) => e.path)).toEqual([
      '/years/0/daysOff/1/date',
      '/years/0/daysOff/2/date',
      '/years/0/extraWorkingDays/0/date',
    ]);
    expect(await errorOf(getCalendarYear(t.db, ctx(admin), { year: 2028 }))).toMatchObject({
      code: 'NOT_FOUND',
    });

    const document = {
      format: CALENDAR_DOCUMENT_FORMAT,
      years: [
        {
          year: 2028,
          basis: 'Thông báo (ví dụ)',
          daysOff: [
            { date: '2028-01-01', reason: 'Tết Dương lịch', kind: 'holiday' },
            { date: '2028-01-03', reason: 'Nghỉ bù Tết Dương lịch', kind: 'compensatory' },
          ],
          extraWorkingDays: [],
        },
      ],
    };
    const first = await importCalendar(t.db, ctx(admin), { document, confirm: true });
    expect(first.years).toEqual([{ year: 2028, outcome: 'created', version: 1, status: 'confirmed' }]);
    const second = await importCalendar(t.db, ctx(admin), { document, confirm: true });
    expect(second.years).toEqual([{ year: 2028, outcome: 'unchanged', version: 1, status: 'confirmed' }]);
    const y = await getCalendarYear(t.db, ctx(ANONYMOUS), { year: 2028 });
    expect(y).toMatchObject({ source: 'import', basis: 'Thông báo (ví dụ)', status: 'confirmed' });
  });

  it('authorization: an official without calendar:manage gets FORBIDDEN, and only officials compute deadlines', async () => {
    const c = ctx(officer);
    expect((await errorOf(prefillCalendarYear(t.db, c, { year: 2029 }))).code).toBe('FORBIDDEN');
    expect(
      (await errorOf(setDayOff(t.db, c, { year: 2021, date: '2021-02-18', reason: 'x', kind: 'holiday' })))
        .code,
    ).toBe('FORBIDDEN');
    expect((await errorOf(removeDayOff(t.db, c, { year: 2021, date: '2021-02-10' }))).code).toBe('FORBIDDEN');
    expect(
      (await errorOf(setExtraWorkingDay(t.db, c, { year: 2021, date: '2021-02-20', reason: 'x' }))).code,
    ).toBe('FORBIDDEN');
    expect((await errorOf(confirmCalendarYear(t.db, c, { year: 2027, version: 4 }))).code).toBe('FORBIDDEN');
    expect(
      (await errorOf(importCalendar(t.db, c, { document: { format: CALENDAR_DOCUMENT_FORMAT, years: [] } })))
        .code,
    ).toBe('FORBIDDEN');
    const hours = {
      validFrom: '2022-01-01',
      morning: { start: '07:30', end: '11:30' },
      afternoon: { start: '13:00', end: '17:00' },
    };
    expect((await errorOf(setOfficeHours(t.db, c, { agencyId: null, ...hours }))).code).toBe('FORBIDDEN');
    // An agency's administrator sets its own hours only.
    expect(
      (await errorOf(setOfficeHours(t.db, ctx(agencyAdmin), { agencyId: PROVINCE_AGENCY, ...hours }))).code,
    ).toBe('FORBIDDEN');
    expect((await errorOf(setOfficeHours(t.db, ctx(agencyAdmin), { agencyId: null, ...hours }))).code).toBe(
      'FORBIDDEN',
    );
    const start = new Date('2021-02-05T16:40:00+07:00');
    expect((await errorOf(computeDeadline(t.db, ctx(ANONYMOUS), { start, amount: { days: 3 } }))).code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await errorOf(computeDeadline(t.db, ctx(citizen), { start, amount: { days: 3 } }))).code).toBe(
      'FORBIDDEN',
    );
    // Nothing was written by the refused calls.
    expect(
      (await getCalendarYear(t.db, ctx(ANONYMOUS), { year: 2021 })).daysOff.map((d) => d.date),
    ).not.toContain('2021-02-18');
  });

  it('records every change in the audit chain', async () => {
    const rows = await t.db.execute(
      sql`select action, count(*)::int as n from audit.audit_log where action like 'calendar.%' group by action order by action`,
    );
    const counts = Object.fromEntries(
      (rows as unknown as { rows: { action: string; n: number }[] }).rows.map((r) => [r.action, r.n]),
    );
    expect(counts).toMatchObject({
      'calendar.year.seed': 7,
      'calendar.year.confirm': expect.any(Number),
      'calendar.year.prefill': 1,
      'calendar.day-off.set': 2,
      'calendar.day-off.remove': 1,
      'calendar.extra-working-day.set': 1,
      'calendar.extra-working-day.remove': 1,
      'calendar.office-hours.set': 3,
      'calendar.year.import': 1,
    });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});
