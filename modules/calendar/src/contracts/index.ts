import { type Static, type TSchema, Type } from '@openprovince/platform/schema';

export * from './permissions.ts';

const IsoDateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const TimeOfDaySchema = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:mm' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const YearParamsSchema = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2199 }) });
export const YearDateParamsSchema = Type.Object({
  year: Type.Integer({ minimum: 2000, maximum: 2199 }),
  date: IsoDateSchema,
});

export const DayOffKindSchema = Type.Union([
  Type.Literal('holiday'),
  Type.Literal('compensatory'),
  Type.Literal('swap'),
]);

export const DayOffSchema = Type.Object({
  date: IsoDateSchema,
  reason: Type.String(),
  kind: DayOffKindSchema,
});
export type TDayOff = Static<typeof DayOffSchema>;

export const ExtraWorkingDaySchema = Type.Object({
  date: IsoDateSchema,
  reason: Type.String(),
  swapsFor: Nullable(IsoDateSchema),
});
export type TExtraWorkingDay = Static<typeof ExtraWorkingDaySchema>;

export const NoteSchema = Type.Object({ vi: Type.String(), en: Type.String() });

export const CalendarYearSchema = Type.Object(
  {
    year: Type.Integer(),
    status: Type.Union([Type.Literal('draft'), Type.Literal('confirmed')]),
    version: Type.Integer(),
    /** The version deadlines are computed from (the last one confirmed), or null if never confirmed. */
    confirmedVersion: Nullable(Type.Integer()),
    confirmedAt: Nullable(Type.String({ format: 'date-time' })),
    confirmedByName: Nullable(Type.String()),
    /** True when the year was confirmed once and has been edited since. */
    pendingChanges: Type.Boolean(),
    source: Type.String(),
    basis: Nullable(Type.String()),
    daysOff: Type.Array(DayOffSchema),
    extraWorkingDays: Type.Array(ExtraWorkingDaySchema),
  },
  { $id: 'CalendarYear' },
);
export type TCalendarYear = Static<typeof CalendarYearSchema>;

export const PrefillBodySchema = Type.Object({
  /** Replace the days of a year that already exists (it goes back to draft). */
  replace: Type.Optional(Type.Boolean()),
});

export const PrefillResultSchema = Type.Object({
  calendar: CalendarYearSchema,
  notes: Type.Array(NoteSchema),
});

export const SetDayOffBodySchema = Type.Object({
  reason: Type.String({ minLength: 1, maxLength: 300 }),
  kind: DayOffKindSchema,
});

export const SetExtraWorkingDayBodySchema = Type.Object({
  reason: Type.String({ minLength: 1, maxLength: 300 }),
  swapsFor: Type.Optional(Nullable(IsoDateSchema)),
});

export const ConfirmBodySchema = Type.Object({
  /** The version the administrator reviewed; confirming another one is refused. */
  version: Type.Integer({ minimum: 1 }),
});

export const OfficePeriodSchema = Type.Object({ start: TimeOfDaySchema, end: TimeOfDaySchema });

export const SetOfficeHoursBodySchema = Type.Object({
  /** Null or absent: the province's default. */
  agencyId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
  validFrom: IsoDateSchema,
  morning: OfficePeriodSchema,
  afternoon: OfficePeriodSchema,
});

export const OfficeHoursSchema = Type.Object({
  agencyId: Nullable(Type.String()),
  validFrom: IsoDateSchema,
  morning: OfficePeriodSchema,
  afternoon: OfficePeriodSchema,
});
export type TOfficeHours = Static<typeof OfficeHoursSchema>;

export const DeadlineBodySchema = Type.Object({
  /** Receipt instant, ISO 8601 with an offset (e.g. 2021-02-05T16:40:00+07:00). */
  start: Type.String({ format: 'date-time' }),
  hours: Type.Optional(Type.Number({ minimum: 0, maximum: 100_000 })),
  days: Type.Optional(Type.Number({ minimum: 0, maximum: 10_000 })),
  calendarDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  agencyId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
  /** Use draft (unconfirmed) years; for previews only, never for an appointment slip. */
  allowDraft: Type.Optional(Type.Boolean()),
});

export const CalendarYearUsedSchema = Type.Object({
  year: Type.Integer(),
  version: Type.Integer(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('confirmed')]),
});

export const DeadlineResultSchema = Type.Object({
  start: Type.String({ format: 'date-time' }),
  /** When the time limit starts running (the receipt moved into office hours). */
  effectiveStart: Type.String({ format: 'date-time' }),
  dueAt: Type.String({ format: 'date-time' }),
  /** `HH:mm dd/mm/yyyy` in Asia/Ho_Chi_Minh, as printed on the appointment slip. */
  dueAtText: Type.String(),
  amount: Type.Object({
    unit: Type.Union([Type.Literal('hours'), Type.Literal('days'), Type.Literal('calendarDays')]),
    value: Type.Number(),
  }),
  calendarYearsUsed: Type.Array(CalendarYearUsedSchema),
  officeHours: Type.Object({
    agencyId: Nullable(Type.String()),
    validFrom: Nullable(IsoDateSchema),
    periods: Type.Array(OfficePeriodSchema),
  }),
  explanation: Type.String(),
  explanationEn: Type.String(),
});
export type TDeadlineResult = Static<typeof DeadlineResultSchema>;
