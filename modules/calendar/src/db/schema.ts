import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  time,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CalendarYearSnapshot } from '../domain/model.ts';

export const calendarSchema = pgSchema('calendar');

export type { CalendarYearSnapshot };

/**
 * One row per year of the work calendar. Every change of the year's days raises `version` and puts the
 * year back to `draft`; confirming copies the days into `confirmed_snapshot` with `confirmed_version`.
 * Deadlines are computed from the last confirmed snapshot, so edits in progress never leak into the
 * appointment slips, and each deadline records the versions it used.
 */
export const calendarYears = calendarSchema.table(
  'calendar_years',
  {
    year: integer('year').primaryKey(),
    status: text('status', { enum: ['draft', 'confirmed'] })
      .notNull()
      .default('draft'),
    version: integer('version').notNull().default(1),
    /** Where the days came from: statutory-rules, known-schedule, import, manual. */
    source: text('source').notNull(),
    /** Legal basis or announcement (Vietnamese). */
    basis: text('basis'),
    confirmedVersion: integer('confirmed_version'),
    confirmedSnapshot: jsonb('confirmed_snapshot').$type<CalendarYearSnapshot>(),
    confirmedById: text('confirmed_by_id'),
    confirmedByName: text('confirmed_by_name'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check('calendar_years_year_check', sql`${t.year} between 2000 and 2199`),
    check('calendar_years_status_check', sql`${t.status} in ('draft', 'confirmed')`),
    check('calendar_years_version_check', sql`${t.version} >= 1`),
    check(
      'calendar_years_confirmed_check',
      sql`${t.status} = 'draft' or (${t.confirmedVersion} = ${t.version} and ${t.confirmedSnapshot} is not null and ${t.confirmedAt} is not null)`,
    ),
  ],
);

/** Weekdays (and holidays on weekends, for display) on which offices are closed. */
export const daysOff = calendarSchema.table(
  'days_off',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    year: integer('year')
      .notNull()
      .references(() => calendarYears.year, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    kind: text('kind', { enum: ['holiday', 'compensatory', 'swap'] }).notNull(),
  },
  (t) => [
    index('days_off_year_idx').on(t.year),
    check('days_off_kind_check', sql`${t.kind} in ('holiday', 'compensatory', 'swap')`),
    check('days_off_year_check', sql`extract(year from ${t.date}) = ${t.year}`),
  ],
);

/** Saturdays or Sundays on which offices work (làm bù), usually in exchange for a weekday off. */
export const extraWorkingDays = calendarSchema.table(
  'extra_working_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    year: integer('year')
      .notNull()
      .references(() => calendarYears.year, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    /** The weekday given off in exchange; may be in another year (worked 27/12/2014 for 2/1/2015). */
    swapsFor: date('swaps_for', { mode: 'string' }),
  },
  (t) => [
    index('extra_working_days_year_idx').on(t.year),
    check('extra_working_days_year_check', sql`extract(year from ${t.date}) = ${t.year}`),
    check('extra_working_days_weekend_check', sql`extract(isodow from ${t.date}) in (6, 7)`),
  ],
);

/**
 * Office hours, effective from `valid_from`. `agency_id` null is the province's default; an agency row
 * overrides it. No foreign key to identity's agencies: modules do not reference each other's tables.
 */
export const officeHours = calendarSchema.table(
  'office_hours',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    morningStart: time('morning_start').notNull(),
    morningEnd: time('morning_end').notNull(),
    afternoonStart: time('afternoon_start').notNull(),
    afternoonEnd: time('afternoon_end').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdByName: text('created_by_name'),
  },
  (t) => [
    unique('office_hours_agency_valid_from_key').on(t.agencyId, t.validFrom).nullsNotDistinct(),
    check(
      'office_hours_order_check',
      sql`${t.morningStart} < ${t.morningEnd} and ${t.morningEnd} <= ${t.afternoonStart} and ${t.afternoonStart} < ${t.afternoonEnd}`,
    ),
  ],
);
