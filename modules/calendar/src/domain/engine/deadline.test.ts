import { describe, expect, it } from 'vitest';
import { knownWorkCalendar } from '../rules/schedule-calendar.ts';
import {
  addWorkingTime,
  extendForSupplementPause,
  nextWorkingInstant,
  type WorkingAmount,
  workingMinutesBetween,
} from './deadline.ts';
import { explainDeadline } from './explain.ts';
import { formatDateTimeVn, localInstant, parseProvinceDateTime } from './local-time.ts';
import { DEFAULT_OFFICE_HOURS } from './office-hours.ts';
import { CalendarNotCoveredError, createWorkCalendar, isWorkingDay } from './work-calendar.ts';

const calendar = knownWorkCalendar();
/** A local (UTC+7) instant: at('2021-02-05 16:40'). */
const at = (text: string) => {
  const [date, time] = text.split(' ') as [string, string];
  return localInstant(date, time);
};
const due = (start: string, amount: WorkingAmount) =>
  formatDateTimeVn(addWorkingTime({ start: at(start), amount, calendar }));

describe('the worked example: 3 working days from Friday 05/02/2021 16:40, across Tết Tân Sửu', () => {
  it('is due Wednesday 17/02/2021 at 16:40', () => {
    // Friday 16:40–17:00 = 20 min; Mon 8/2 and Tue 9/2 = 960 min; Wed 10/2 – Tue 16/2 Tết and its
    // compensatory days; Wed 17/2 07:00–11:30 = 270 min and 13:30–16:40 = 190 min. 20+960+270+190 = 1440.
    const start = at('2021-02-05 16:40');
    const dueAt = addWorkingTime({ start, amount: { days: 3 }, calendar });
    expect(formatDateTimeVn(dueAt)).toBe('16:40 17/02/2021');
    expect(dueAt.toISOString()).toBe('2021-02-17T09:40:00.000Z');
    expect(workingMinutesBetween({ from: start, to: dueAt, calendar })).toBe(3 * 8 * 60);
    expect(due('2021-02-05 16:40', { hours: 24 })).toBe('16:40 17/02/2021');
  });

  it('explains itself in Vietnamese and English', () => {
    const start = at('2021-02-05 16:40');
    const dueAt = addWorkingTime({ start, amount: { days: 3 }, calendar });
    const text = explainDeadline({
      start,
      effectiveStart: start,
      dueAt,
      amount: { days: 3 },
      calendar,
      officeHours: DEFAULT_OFFICE_HOURS,
    });
    expect(text.vi).toContain('Tiếp nhận: 16:40 Thứ Sáu 05/02/2021');
    expect(text.vi).toContain(
      '3 ngày làm việc (1.440 phút làm việc trong giờ hành chính 07:00–11:30, 13:30–17:00)',
    );
    expect(text.vi).toContain('06/02–07/02/2021 (nghỉ cuối tuần)');
    expect(text.vi).toContain('10/02–16/02/2021 (Tết Âm lịch Tân Sửu (29 tháng Chạp)');
    expect(text.vi).toContain('Hạn trả kết quả: 16:40 Thứ Tư 17/02/2021');
    expect(text.en).toContain('Due: 16:40 Wednesday 17/02/2021');
    expect(text.skipped.map((r) => [r.from, r.to])).toEqual([
      ['2021-02-06', '2021-02-07'],
      ['2021-02-10', '2021-02-16'],
    ]);
  });
});

describe('deadlines across Tết 2021 (10–16/02/2021 off)', () => {
  it('15 working days from the same Friday: Friday 05/03/2021 16:40', () => {
    expect(due('2021-02-05 16:40', { days: 15 })).toBe('16:40 05/03/2021');
  });

  it('counts from 07:00 the next working day when received after 17:00 on the eve of the weekend', () => {
    expect(due('2021-02-05 17:30', { days: 3 })).toBe('17:00 17/02/2021');
    expect(due('2021-02-05 17:00', { days: 1 })).toBe('17:00 08/02/2021');
  });

  it('jumps the whole break: 2 hours from Tuesday 09/02 16:00 is Wednesday 17/02 08:00', () => {
    expect(due('2021-02-09 16:00', { hours: 2 })).toBe('08:00 17/02/2021');
    // Exactly the rest of the last day before Tết ends at its closing time, not after Tết.
    expect(due('2021-02-09 16:00', { hours: 1 })).toBe('17:00 09/02/2021');
  });

  it('starts after the break when received during Tết', () => {
    expect(formatDateTimeVn(nextWorkingInstant({ at: at('2021-02-11 09:00'), calendar }))).toBe(
      '07:00 17/02/2021',
    );
    expect(due('2021-02-11 09:00', { hours: 1 })).toBe('08:00 17/02/2021');
    expect(due('2021-02-13 10:00', { days: 1 })).toBe('17:00 17/02/2021');
  });

  it('knows the days', () => {
    expect(isWorkingDay({ calendar, date: '2021-02-09' })).toBe(true);
    for (const d of ['2021-02-10', '2021-02-12', '2021-02-13', '2021-02-15', '2021-02-16']) {
      expect(isWorkingDay({ calendar, date: d }), d).toBe(false);
    }
    expect(isWorkingDay({ calendar, date: '2021-02-17' })).toBe(true);
    // An instant is read in the province's time: 2021-02-16T17:30Z is already Wednesday 17/02 00:30 there.
    expect(isWorkingDay({ calendar, date: new Date('2021-02-16T17:30:00Z') })).toBe(true);
    expect(isWorkingDay({ calendar, date: new Date('2021-02-16T16:30:00Z') })).toBe(false);
  });
});

describe('office-hour boundaries (07:00, 11:30, 13:30, 17:00)', () => {
  const next = (text: string) => formatDateTimeVn(nextWorkingInstant({ at: at(text), calendar }));

  it('moves a receipt into office hours', () => {
    expect(next('2021-03-02 06:59')).toBe('07:00 02/03/2021');
    expect(next('2021-03-02 07:00')).toBe('07:00 02/03/2021');
    expect(next('2021-03-02 11:29')).toBe('11:29 02/03/2021');
    expect(next('2021-03-02 11:30')).toBe('13:30 02/03/2021');
    expect(next('2021-03-02 12:15')).toBe('13:30 02/03/2021');
    expect(next('2021-03-02 13:30')).toBe('13:30 02/03/2021');
    expect(next('2021-03-02 16:59')).toBe('16:59 02/03/2021');
    expect(next('2021-03-02 17:00')).toBe('07:00 03/03/2021');
    expect(next('2021-03-05 17:00')).toBe('07:00 08/03/2021');
    expect(next('2021-03-06 09:00')).toBe('07:00 08/03/2021');
  });

  it('ends a deadline at 11:30 or 17:00 when the time runs out exactly there', () => {
    expect(due('2021-03-02 07:00', { hours: 4.5 })).toBe('11:30 02/03/2021');
    expect(due('2021-03-02 07:00', { minutes: 271 })).toBe('13:31 02/03/2021');
    expect(due('2021-03-02 07:00', { days: 1 })).toBe('17:00 02/03/2021');
    expect(due('2021-03-02 16:59', { minutes: 1 })).toBe('17:00 02/03/2021');
    expect(due('2021-03-02 16:59', { minutes: 2 })).toBe('07:01 03/03/2021');
  });

  it('skips lunch', () => {
    expect(due('2021-03-02 11:29', { hours: 1 })).toBe('14:29 02/03/2021');
    expect(due('2021-03-02 11:30', { hours: 2 })).toBe('15:30 02/03/2021');
    expect(due('2021-03-02 12:00', { hours: 1 })).toBe('14:30 02/03/2021');
    expect(due('2021-03-02 10:00', { hours: 8 })).toBe('10:00 03/03/2021');
  });

  it('treats an amount of zero as the moment work can start', () => {
    expect(due('2021-03-02 12:00', { hours: 0 })).toBe('13:30 02/03/2021');
  });
});

describe('swapped working days', () => {
  it('2024: Monday 29/4 is off and Saturday 4/5 is worked', () => {
    expect(isWorkingDay({ calendar, date: '2024-04-29' })).toBe(false);
    expect(isWorkingDay({ calendar, date: '2024-05-04' })).toBe(true);
    // Friday 26/4 16:00 + 1 day: 60 min on Friday, then 29/4 (swap), 30/4 and 1/5 off → Thursday 2/5 16:00.
    expect(due('2024-04-26 16:00', { days: 1 })).toBe('16:00 02/05/2024');
    // Friday 3/5 16:00 + 1 day ends on the worked Saturday.
    expect(due('2024-05-03 16:00', { days: 1 })).toBe('16:00 04/05/2024');
  });

  it('2025: Saturday 26/4 is worked for Friday 2/5', () => {
    expect(due('2025-04-25 16:00', { hours: 2 })).toBe('08:00 26/04/2025');
    expect(due('2025-04-29 16:00', { hours: 2 })).toBe('08:00 05/05/2025');
  });
});

describe('calendar-day procedures', () => {
  it('adds calendar days keeping the time and moves a due date off a non-working day', () => {
    expect(due('2021-02-05 16:40', { calendarDays: 3 })).toBe('16:40 08/02/2021');
    // 5 days land on Wednesday 10/02, in Tết: the next working day is 17/02.
    expect(due('2021-02-05 16:40', { calendarDays: 5 })).toBe('16:40 17/02/2021');
    // Received on a Saturday: counted from Monday 07:00.
    expect(due('2021-02-06 10:00', { calendarDays: 2 })).toBe('07:00 17/02/2021');
    expect(due('2021-03-01 09:00', { calendarDays: 30 })).toBe('09:00 31/03/2021');
  });
});

describe('supplement pause (Decree 61/2018)', () => {
  const dueAt = at('2021-02-17 16:40');

  it('moves the deadline by the working time the dossier waited for the citizen', () => {
    const extended = extendForSupplementPause({
      dueAt,
      pausedAt: at('2021-02-08 10:00'),
      resumedAt: at('2021-02-09 10:00'),
      calendar,
    });
    expect(formatDateTimeVn(extended)).toBe('16:40 18/02/2021');
    expect(workingMinutesBetween({ from: dueAt, to: extended, calendar })).toBe(480);
  });

  it('leaves the deadline alone when the wait had no working time (over Tết)', () => {
    const extended = extendForSupplementPause({
      dueAt,
      pausedAt: at('2021-02-09 17:00'),
      resumedAt: at('2021-02-17 07:00'),
      calendar,
    });
    expect(extended.getTime()).toBe(dueAt.getTime());
  });

  it('moves a deadline by whole minutes: the seconds of the request and the hand-in leave no residue', () => {
    // Requested at 10:00:20.500, handed in at 10:05:21.335: the pause is 10:00 → 10:05, five minutes.
    const extended = extendForSupplementPause({
      dueAt,
      pausedAt: new Date(at('2021-02-08 10:00').getTime() + 20_500),
      resumedAt: new Date(at('2021-02-08 10:05').getTime() + 21_335),
      calendar,
    });
    expect(extended.getTime() % 60_000).toBe(0);
    expect(formatDateTimeVn(extended)).toBe('16:45 17/02/2021');
    // A stored deadline with a residue (before this rule) comes back whole.
    const residue = extendForSupplementPause({
      dueAt: new Date(dueAt.getTime() + 835),
      pausedAt: at('2021-02-08 10:00'),
      resumedAt: at('2021-02-08 10:05'),
      calendar,
    });
    expect(residue.getTime()).toBe(extended.getTime());
  });

  it('counts a wait inside one afternoon in minutes', () => {
    const extended = extendForSupplementPause({
      dueAt,
      pausedAt: at('2021-02-08 14:00'),
      resumedAt: at('2021-02-08 14:45'),
      calendar,
    });
    expect(formatDateTimeVn(extended)).toBe('07:25 18/02/2021');
  });
});

describe('limits', () => {
  it('refuses to count through a year the calendar does not cover', () => {
    let error: unknown;
    try {
      addWorkingTime({ start: at('2026-12-30 09:00'), amount: { days: 5 }, calendar });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarNotCoveredError);
    expect((error as CalendarNotCoveredError).year).toBe(2027);
    expect((error as CalendarNotCoveredError).code).toBe('BUSINESS_RULE_VIOLATED');
  });

  it('rejects a malformed amount', () => {
    const start = at('2021-03-02 09:00');
    expect(() => addWorkingTime({ start, amount: { days: -1 }, calendar })).toThrow(/non-negative/);
    expect(() => addWorkingTime({ start, amount: { calendarDays: 1.5 }, calendar })).toThrow(/whole/);
    expect(() =>
      addWorkingTime({ start, amount: { days: 1, hours: 2 } as unknown as WorkingAmount, calendar }),
    ).toThrow(/exactly one unit/);
    expect(() => addWorkingTime({ start: new Date(Number.NaN), amount: { days: 1 }, calendar })).toThrow();
  });

  it('refuses a date that is both off and worked', () => {
    expect(() =>
      createWorkCalendar({
        years: [2024],
        daysOff: [{ date: '2024-05-04', reason: 'x', kind: 'holiday' }],
        extraWorkingDays: [{ date: '2024-05-04', reason: 'y', swapsFor: null }],
      }),
    ).toThrow(/both/);
  });

  it('uses an agency’s own office hours, a working day being its full office day', () => {
    const officeHours = {
      periods: [
        { start: '07:30', end: '11:30' },
        { start: '13:00', end: '17:00' },
      ],
    };
    const start = at('2021-03-02 12:00');
    const result = addWorkingTime({ start, amount: { days: 1 }, calendar, officeHours });
    expect(formatDateTimeVn(result)).toBe('11:30 03/03/2021');
  });
});

describe('province time, whatever the server’s time zone', () => {
  it('parses wall-clock text as +07:00 and honours an explicit offset', () => {
    const expected = '2021-02-05T09:40:00.000Z';
    expect(parseProvinceDateTime('2021-02-05T16:40').toISOString()).toBe(expected);
    expect(parseProvinceDateTime('2021-02-05 16:40:00').toISOString()).toBe(expected);
    expect(parseProvinceDateTime('2021-02-05T16:40:00+07:00').toISOString()).toBe(expected);
    expect(parseProvinceDateTime('2021-02-05T09:40:00Z').toISOString()).toBe(expected);
    expect(parseProvinceDateTime('2021-02-05T04:40:00-0500').toISOString()).toBe(expected);
    expect(() => parseProvinceDateTime('05/02/2021 16:40')).toThrow();
    expect(() => parseProvinceDateTime('2021-02-30T10:00')).toThrow();
  });

  it('gives the same answers under any process TZ', () => {
    const original = process.env.TZ;
    const answers = new Set<string>();
    try {
      for (const tz of [
        'UTC',
        'America/New_York',
        'Asia/Ho_Chi_Minh',
        'Pacific/Kiritimati',
        'Europe/London',
      ]) {
        process.env.TZ = tz;
        answers.add(
          [
            due('2021-02-05 16:40', { days: 3 }),
            due('2021-03-28 10:00', { days: 1 }),
            due('2021-11-07 06:00', { hours: 3 }),
            isWorkingDay({ calendar, date: new Date('2021-02-16T17:30:00Z') }),
          ].join('|'),
        );
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect([...answers]).toEqual(['16:40 17/02/2021|17:00 29/03/2021|10:00 08/11/2021|true']);
  });
});
