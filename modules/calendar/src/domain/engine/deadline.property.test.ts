import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownWorkCalendar } from '../rules/schedule-calendar.ts';
import {
  addWorkingTime,
  extendForSupplementPause,
  nextWorkingInstant,
  workingMinutesBetween,
} from './deadline.ts';
import { isoDateOf, localEpochDay, localInstant, localMsOfDay, MS_PER_MINUTE } from './local-time.ts';
import { compileOfficeHours, DEFAULT_OFFICE_HOURS, type OfficeHours } from './office-hours.ts';
import { createWorkCalendar, isWorkingEpochDay, type WorkCalendar } from './work-calendar.ts';

const calendar = knownWorkCalendar();
const FROM = localInstant('2020-01-01').getTime();
const TO = localInstant('2025-12-31', '23:59').getTime();

/** Any instant 2020–2025 (so that 20 working days later is still inside the 2020–2026 tables). */
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
/** Instants on the minute, where the boundaries are. */
const minuteInstant = fc
  .integer({ min: FROM / MS_PER_MINUTE, max: TO / MS_PER_MINUTE })
  .map((m) => new Date(m * MS_PER_MINUTE));
const anyInstant = fc.oneof(instant, minuteInstant);
/** Up to 20 working days, in minutes. */
const minutes = fc.integer({ min: 1, max: 20 * 480 });

function insideOfficeHours(t: Date, cal: WorkCalendar, hours: OfficeHours = DEFAULT_OFFICE_HOURS): boolean {
  const day = localEpochDay(t.getTime());
  if (!isWorkingEpochDay(cal, day)) return false;
  const ms = localMsOfDay(t.getTime());
  return compileOfficeHours(hours).periods.some((p) => ms >= p.startMs && ms <= p.endMs);
}

const runs = { numRuns: 400 };

describe('deadline engine properties (2020–2026 announced calendar)', () => {
  it('always ends inside office hours on a working day', () => {
    fc.assert(
      fc.property(anyInstant, minutes, (start, m) => {
        const due = addWorkingTime({ start, amount: { minutes: m }, calendar });
        expect(insideOfficeHours(due, calendar), `${start.toISOString()} + ${m} → ${due.toISOString()}`).toBe(
          true,
        );
      }),
      runs,
    );
  });

  it('counts exactly the amount: working minutes between start and due equal it', () => {
    fc.assert(
      fc.property(anyInstant, minutes, (start, m) => {
        const due = addWorkingTime({ start, amount: { minutes: m }, calendar });
        expect(workingMinutesBetween({ from: start, to: due, calendar })).toBe(m);
        expect(due.getTime()).toBeGreaterThan(start.getTime());
      }),
      runs,
    );
  });

  it('is the earliest such instant: one minute less of time gives an earlier due', () => {
    fc.assert(
      fc.property(anyInstant, minutes, (start, m) => {
        const due = addWorkingTime({ start, amount: { minutes: m }, calendar });
        const before = new Date(due.getTime() - MS_PER_MINUTE);
        expect(workingMinutesBetween({ from: start, to: before, calendar })).toBeLessThan(m);
      }),
      runs,
    );
  });

  it('is monotonic in the start', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, minutes, (a, b, m) => {
        const [s1, s2] = a <= b ? [a, b] : [b, a];
        const d1 = addWorkingTime({ start: s1, amount: { minutes: m }, calendar });
        const d2 = addWorkingTime({ start: s2, amount: { minutes: m }, calendar });
        expect(d1.getTime()).toBeLessThanOrEqual(d2.getTime());
      }),
      runs,
    );
  });

  it('is monotonic in the amount', () => {
    fc.assert(
      fc.property(anyInstant, minutes, minutes, (start, a, b) => {
        const [m1, m2] = a <= b ? [a, b] : [b, a];
        const d1 = addWorkingTime({ start, amount: { minutes: m1 }, calendar });
        const d2 = addWorkingTime({ start, amount: { minutes: m2 }, calendar });
        expect(d1.getTime()).toBeLessThanOrEqual(d2.getTime());
      }),
      runs,
    );
  });

  it('adds up: adding a + b equals adding a, then b', () => {
    const part = fc.integer({ min: 1, max: 10 * 480 });
    fc.assert(
      fc.property(anyInstant, part, part, (start, a, b) => {
        const once = addWorkingTime({ start, amount: { minutes: a + b }, calendar });
        const first = addWorkingTime({ start, amount: { minutes: a }, calendar });
        const twice = addWorkingTime({ start: first, amount: { minutes: b }, calendar });
        expect(twice.toISOString()).toBe(once.toISOString());
      }),
      runs,
    );
  });

  it('treats a working day as eight working hours, and hours as sixty minutes', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 1, max: 20 }), (start, n) => {
        const byDays = addWorkingTime({ start, amount: { days: n }, calendar }).getTime();
        expect(addWorkingTime({ start, amount: { hours: 8 * n }, calendar }).getTime()).toBe(byDays);
        expect(addWorkingTime({ start, amount: { minutes: 480 * n }, calendar }).getTime()).toBe(byDays);
      }),
      runs,
    );
  });

  it('normalises a receipt idempotently, never backwards', () => {
    fc.assert(
      fc.property(anyInstant, (start) => {
        const s = nextWorkingInstant({ at: start, calendar });
        expect(s.getTime()).toBeGreaterThanOrEqual(start.getTime());
        expect(nextWorkingInstant({ at: s, calendar }).getTime()).toBe(s.getTime());
        expect(insideOfficeHours(s, calendar)).toBe(true);
        expect(workingMinutesBetween({ from: start, to: s, calendar })).toBe(0);
      }),
      runs,
    );
  });

  it('calendar-day deadlines end on a working day inside office hours, at least n days later', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 0, max: 90 }), (start, n) => {
        const due = addWorkingTime({ start, amount: { calendarDays: n }, calendar });
        const effective = nextWorkingInstant({ at: start, calendar });
        expect(insideOfficeHours(due, calendar)).toBe(true);
        expect(localEpochDay(due.getTime()) - localEpochDay(effective.getTime())).toBeGreaterThanOrEqual(n);
        expect(localMsOfDay(due.getTime())).toBe(localMsOfDay(effective.getTime()));
      }),
      runs,
    );
  });

  it('a supplement pause moves the deadline by exactly the working minutes of the pause, to a whole minute', () => {
    const wholeMinute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000);
    fc.assert(
      fc.property(minuteInstant, minutes, anyInstant, anyInstant, (start, m, p1, p2) => {
        const dueAt = addWorkingTime({ start, amount: { minutes: m }, calendar });
        const [pausedAt, resumedAt] = p1 <= p2 ? [p1, p2] : [p2, p1];
        // The pause runs from the minute of the request to the minute of the hand-in (as the slips show them).
        const pause = workingMinutesBetween({
          from: wholeMinute(pausedAt),
          to: wholeMinute(resumedAt),
          calendar,
        });
        if (pause > 40 * 480) return; // stay inside the covered years
        const extended = extendForSupplementPause({ dueAt, pausedAt, resumedAt, calendar });
        expect(extended.getTime() % 60_000).toBe(0);
        expect(extended.getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
        expect(workingMinutesBetween({ from: dueAt, to: extended, calendar })).toBe(pause);
      }),
      { numRuns: 200 },
    );
  });
});

describe('deadline engine properties (random calendars and office hours)', () => {
  const time = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  const officeHours: fc.Arbitrary<OfficeHours> = fc
    .tuple(
      fc.integer({ min: 6 * 60, max: 9 * 60 }),
      fc.integer({ min: 60, max: 300 }),
      fc.integer({ min: 0, max: 120 }),
      fc.integer({ min: 60, max: 300 }),
    )
    .map(([s1, len1, gap, len2]) => {
      const e1 = s1 + len1;
      const s2 = e1 + gap;
      const e2 = s2 + len2;
      const t = (x: number) => time(Math.floor(x / 60), x % 60);
      return {
        periods: [
          { start: t(s1), end: t(e1) },
          { start: t(s2), end: t(e2) },
        ],
      };
    });
  const dayOfYear = fc.integer({ min: 0, max: 364 });
  const randomCalendar = fc
    .tuple(fc.uniqueArray(dayOfYear, { maxLength: 80 }), fc.uniqueArray(dayOfYear, { maxLength: 20 }))
    .map(([off, extra]) => {
      const base = localEpochDay(localInstant('2021-01-01').getTime());
      const extraOnly = extra.filter((d) => !off.includes(d));
      return createWorkCalendar({
        years: [2021, 2022, 2023],
        daysOff: off.map((d) => ({ date: isoDateOf(base + d), reason: 'random', kind: 'holiday' as const })),
        extraWorkingDays: extraOnly.map((d) => ({
          date: isoDateOf(base + d),
          reason: 'random',
          swapsFor: null,
        })),
      });
    });
  const start2021 = fc
    .integer({
      min: localInstant('2021-01-01').getTime(),
      max: localInstant('2021-12-31', '23:59').getTime(),
    })
    .map((ms) => new Date(ms));

  it('still ends in office hours, counts exactly and adds up', () => {
    fc.assert(
      fc.property(
        randomCalendar,
        officeHours,
        start2021,
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 3000 }),
        (cal, hours, start, a, b) => {
          const due = addWorkingTime({
            start,
            amount: { minutes: a + b },
            calendar: cal,
            officeHours: hours,
          });
          expect(insideOfficeHours(due, cal, hours)).toBe(true);
          expect(workingMinutesBetween({ from: start, to: due, calendar: cal, officeHours: hours })).toBe(
            a + b,
          );
          const first = addWorkingTime({ start, amount: { minutes: a }, calendar: cal, officeHours: hours });
          const twice = addWorkingTime({
            start: first,
            amount: { minutes: b },
            calendar: cal,
            officeHours: hours,
          });
          expect(twice.getTime()).toBe(due.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });
});
