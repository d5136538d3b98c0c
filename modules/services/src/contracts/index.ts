import { Offset, type Static, type TSchema, Type } from '@openprovince/platform/schema';

export * from './permissions.ts';

/** Level of government that resolves the procedure (thủ tục cấp tỉnh / cấp huyện / cấp xã). */
export const IMPLEMENTING_LEVELS = ['province', 'district', 'commune'] as const;
export type ImplementingLevel = (typeof IMPLEMENTING_LEVELS)[number];

/** Unit of a legal time limit (thời hạn giải quyết). */
export const TIME_LIMIT_UNITS = ['working_days', 'calendar_days', 'working_hours'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

/** What the citizen receives (kết quả thực hiện thủ tục hành chính). */
export const RESULT_TYPES = [
  'licence', // giấy phép
  'certificate', // giấy chứng nhận
  'registration', // đăng ký, ghi vào sổ
  'decision', // quyết định hành chính
  'attestation', // xác nhận, chứng thực, trích lục
  'written_reply', // văn bản trả lời, thông báo
  'other',
] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** Legal scheme of the online service level: Decree 43/2011 (until 2022-06-23) or Decree 42/2022 (from 2022-06-24). */
export const SERVICE_LEVEL_SCHEMES = ['decree43', 'decree42'] as const;
export type ServiceLevelScheme = (typeof SERVICE_LEVEL_SCHEMES)[number];

export const DECREE43_LEVELS = ['1', '2', '3', '4'] as const;
export const DECREE42_MODES = ['full', 'partial'] as const;
/** Every value a service level may take: '1'..'4' under Decree 43/2011, 'full'/'partial' under Decree 42/2022. */
export const SERVICE_LEVEL_VALUES = [...DECREE43_LEVELS, ...DECREE42_MODES] as const;
export type ServiceLevelValue = (typeof SERVICE_LEVEL_VALUES)[number];

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

/** National procedure code as in the national procedure database (CSDL quốc gia về TTHC), e.g. 1.000948. */
export const NationalCode = Type.String({
  pattern: '^[12]\\.[0-9]{6}$',
  description: 'Mã TTHC quốc gia, vd. 1.000948',
});

export const TimeLimitSchema = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, maximum: 3650 }),
    unit: Type.Enum(TIME_LIMIT_UNITS),
  },
  { additionalProperties: false },
);
export type TTimeLimit = Static<typeof TimeLimitSchema>;

export const FeeLineSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 300 }),
    /** Whole đồng (VND has no minor unit in use). */
    amountVnd: Type.Integer({ minimum: 0, maximum: 100_000_000_000 }),
    note: Nullable(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type TFeeLine = Static<typeof FeeLineSchema>;

/**
 * One field of an e-form: a small subset of JSON Schema that the module validates itself
 * (string with length/pattern, number/integer with bounds, date, enum, boolean).
 */
export const FormFieldSchema = Type.Object(
  {
    type: Type.Enum(['string', 'number', 'integer', 'boolean']),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    format: Type.Optional(Type.Enum(['date'])),
    enum: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 100 }),
    ),
    minLength: Type.Optional(Type.Integer({ minimum: 0 })),
    maxLength: Type.Optional(Type.Integer({ minimum: 1 })),
    pattern: Type.Optional(Type.String({ maxLength: 300 })),
    minimum: Type.Optional(Type.Number()),
    maximum: Type.Optional(Type.Number()),
  },
  { additionalProperties: false },
);
export type TFormField = Static<typeof FormFieldSchema>;

export const FormSchemaSchema = Type.Object(
  {
    type: Type.Literal('object'),
    properties: Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9_]{0,63}$' }), FormFieldSchema),
    required: Type.Optional(Type.Array(Type.String(), { uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type TFormSchema = Static<typeof FormSchemaSchema>;

/** A required dossier component (thành phần hồ sơ). */
export const ComponentInputSchema = Type.Object(
  {
    /** Stable key within the procedure, used by submitted answers, e.g. 'to-khai'. */
    key: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' }),
    name: Type.String({ minLength: 1, maxLength: 500 }),
    originals: Type.Integer({ minimum: 0, maximum: 20 }),
    copies: Type.Integer({ minimum: 0, maximum: 20 }),
    required: Type.Boolean(),
    formSchema: Nullable(FormSchemaSchema),
    templateFileName: Nullable(Type.String({ maxLength: 255 })),
  },
  { additionalProperties: false },
);
export type TComponentInput = Static<typeof ComponentInputSchema>;
export const ComponentSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  ...ComponentInputSchema.properties,
});
export type TComponent = Static<typeof ComponentSchema>;

/** Who completes an internal step: a specialist (chuyên viên, `process`) or a leader (lãnh đạo, `approve`). */
export const STEP_ROLES = ['specialist', 'leader'] as const;
export type StepRole = (typeof STEP_ROLES)[number];
export const MAX_STEPS = 10;
/** Working hours in a working day, to compare the steps with a time limit in working days. */
export const HOURS_PER_WORKING_DAY = 8;

/**
 * One internal processing step (quy trình nội bộ) a dossier of the procedure follows after it is forwarded.
 * `agencyId` names another agency for an inter-agency (liên thông) step; absent = the responsible agency.
 */
export const ProcedureStepSchema = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z0-9-]+$', minLength: 1, maxLength: 64 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    role: Type.Enum(STEP_ROLES),
    /** Step deadline in working hours from the hand-over. */
    hours: Type.Integer({ minimum: 1, maximum: 2000 }),
    agencyId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type TProcedureStep = Static<typeof ProcedureStepSchema>;

/**
 * The internal steps a dossier follows when its procedure declares none: a specialist's review, then a
 * leader's approval. The dossiers module applies them at receipt (its DEFAULT_STEPS, the same steps; a test
 * of the composition root keeps the two equal), so the catalogue checks them against the time limit too.
 */
export const DEFAULT_PROCEDURE_STEPS: readonly TProcedureStep[] = [
  { key: 'review', name: 'Thẩm định hồ sơ', role: 'specialist', hours: 16 },
  { key: 'approve', name: 'Phê duyệt kết quả', role: 'leader', hours: 8 },
];
/** Empty = the platform's default steps (specialist review, leader approval). */
const StepsInput = Type.Array(ProcedureStepSchema, { maxItems: MAX_STEPS });

export const ServiceLevelPeriodSchema = Type.Object({
  scheme: Type.Enum(SERVICE_LEVEL_SCHEMES),
  level: Type.Enum(SERVICE_LEVEL_VALUES),
  effectiveFrom: IsoDate,
  /** Last day (inclusive); null while in force. */
  effectiveTo: Nullable(IsoDate),
});
export type TServiceLevelPeriod = Static<typeof ServiceLevelPeriodSchema>;

export const FieldSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  name: Type.String(),
  nameEn: Nullable(Type.String()),
  procedureCount: Type.Integer(),
});
export type TField = Static<typeof FieldSchema>;
export const FieldList = Type.Object({ items: Type.Array(FieldSchema) });

export const ProcedureSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  nationalCode: Type.String(),
  name: Type.String(),
  fieldId: Type.String({ format: 'uuid' }),
  fieldName: Type.String(),
  agencyId: Type.String({ format: 'uuid' }),
  /**
   * The agency that handles it (cơ quan thực hiện), from the directory: the same title is offered by every
   * district or commune, and this is what tells the results apart. Null only if the directory lacks the id.
   */
  agencyName: Nullable(Type.String()),
  implementingLevel: Type.Enum(IMPLEMENTING_LEVELS),
  timeLimit: TimeLimitSchema,
  onlineTimeLimit: Nullable(TimeLimitSchema),
  publishedNationally: Type.Boolean(),
  /** The service level on the list's `asOf` date (null if none was recorded for that day). */
  serviceLevel: Nullable(ServiceLevelPeriodSchema),
  validFrom: IsoDate,
  validTo: Nullable(IsoDate),
});
export type TProcedureSummary = Static<typeof ProcedureSummarySchema>;

export const AgencyCountSchema = Type.Object({
  agencyId: Type.String({ format: 'uuid' }),
  agencyName: Nullable(Type.String()),
  count: Type.Integer(),
});
export type TAgencyCount = Static<typeof AgencyCountSchema>;

export const ProcedurePage = Type.Object({
  items: Type.Array(ProcedureSummarySchema),
  total: Type.Integer(),
  asOf: IsoDate,
  /** The agencies offering what was searched (every filter but `agencyId`), most procedures first. */
  agencies: Type.Array(AgencyCountSchema),
});

export const ProcedureSchema = Type.Object(
  {
    ...ProcedureSummarySchema.properties,
    resultType: Type.Enum(RESULT_TYPES),
    resultName: Type.String(),
    conditions: Nullable(Type.String()),
    legalBasis: Type.String(),
    fees: Type.Array(FeeLineSchema),
    /** Sum of the fee lines, in đồng. */
    totalFeeVnd: Type.Integer(),
    components: Type.Array(ComponentSchema),
    serviceLevelHistory: Type.Array(ServiceLevelPeriodSchema),
    /** Internal processing steps; empty = the platform's default steps. */
    steps: Type.Array(ProcedureStepSchema),
    /**
     * Where a dossier is handed in person (Decree 61/2018, art. 7): the provincial Public Administration
     * Service Centre for province-level procedures, the Reception and Results section of the district or
     * commune People's Committee for local ones. Null only if the directory lacks the agency.
     */
    oneStopSection: Nullable(Type.String()),
    version: Type.Integer(),
  },
  { $id: 'Procedure' },
);
export type TProcedure = Static<typeof ProcedureSchema>;

export const ProcedureListQuery = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'Tìm theo tên hoặc mã thủ tục (không dấu cũng được)' }),
  ),
  fieldId: Type.Optional(Type.String({ format: 'uuid' })),
  agencyId: Type.Optional(Type.String({ format: 'uuid' })),
  implementingLevel: Type.Optional(Type.Enum(IMPLEMENTING_LEVELS)),
  serviceLevel: Type.Optional(Type.Enum(SERVICE_LEVEL_VALUES)),
  publishedNationally: Type.Optional(Type.Boolean()),
  /** Catalogue and service levels as they stood on this date (default today, Asia/Ho_Chi_Minh). */
  asOf: Type.Optional(IsoDate),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Offset),
});
export type TProcedureListQuery = Static<typeof ProcedureListQuery>;

export const IdOrCodeParams = Type.Object({
  idOrCode: Type.String({ maxLength: 64, description: 'UUID hoặc mã TTHC quốc gia' }),
});

export const ServiceLevelInput = Type.Object(
  {
    scheme: Type.Enum(SERVICE_LEVEL_SCHEMES),
    level: Type.Enum(SERVICE_LEVEL_VALUES),
    effectiveFrom: IsoDate,
  },
  { additionalProperties: false },
);
export type TServiceLevelInput = Static<typeof ServiceLevelInput>;

export const CreateProcedureBody = Type.Object(
  {
    nationalCode: NationalCode,
    name: Type.String({ minLength: 3, maxLength: 500 }),
    fieldId: Type.String({ format: 'uuid' }),
    agencyId: Type.String({ format: 'uuid' }),
    implementingLevel: Type.Enum(IMPLEMENTING_LEVELS),
    timeLimit: TimeLimitSchema,
    onlineTimeLimit: Type.Optional(Nullable(TimeLimitSchema)),
    resultType: Type.Enum(RESULT_TYPES),
    resultName: Type.String({ minLength: 1, maxLength: 500 }),
    conditions: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
    legalBasis: Type.String({ minLength: 1, maxLength: 5000 }),
    publishedNationally: Type.Optional(Type.Boolean()),
    fees: Type.Optional(Type.Array(FeeLineSchema, { maxItems: 50 })),
    components: Type.Optional(Type.Array(ComponentInputSchema, { maxItems: 50 })),
    serviceLevel: ServiceLevelInput,
    validFrom: Type.Optional(IsoDate),
    /** Internal processing steps (1–10, a leader's step last); empty or absent = the platform's default. */
    steps: Type.Optional(StepsInput),
  },
  { additionalProperties: false },
);
export type TCreateProcedureBody = Static<typeof CreateProcedureBody>;

export const UpdateProcedureBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 3, maxLength: 500 })),
    fieldId: Type.Optional(Type.String({ format: 'uuid' })),
    agencyId: Type.Optional(Type.String({ format: 'uuid' })),
    implementingLevel: Type.Optional(Type.Enum(IMPLEMENTING_LEVELS)),
    timeLimit: Type.Optional(TimeLimitSchema),
    onlineTimeLimit: Type.Optional(Nullable(TimeLimitSchema)),
    resultType: Type.Optional(Type.Enum(RESULT_TYPES)),
    resultName: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    conditions: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
    legalBasis: Type.Optional(Type.String({ minLength: 1, maxLength: 5000 })),
    publishedNationally: Type.Optional(Type.Boolean()),
    /** Replaces every fee line. */
    fees: Type.Optional(Type.Array(FeeLineSchema, { maxItems: 50 })),
    /** Replaces every component. */
    components: Type.Optional(Type.Array(ComponentInputSchema, { maxItems: 50 })),
    /** Replaces the internal steps; `[]` goes back to the platform's default. */
    steps: Type.Optional(StepsInput),
    /** Retiring a procedure (bãi bỏ, thay thế): its last day. */
    validTo: Type.Optional(Nullable(IsoDate)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type TUpdateProcedureBody = Static<typeof UpdateProcedureBody>;

export const RetireProcedureBody = Type.Object(
  {
    /** Last day the procedure applies (inclusive). */
    validTo: IsoDate,
  },
  { additionalProperties: false },
);

export const ValidateFormBody = Type.Object(
  {
    /** Answers per component key: `{ "to-khai": { "hoTen": "…" } }`. */
    answers: Type.Record(Type.String(), Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
export const FormValidationResult = Type.Object({
  valid: Type.Boolean(),
  errors: Type.Array(Type.Object({ path: Type.String(), message: Type.String(), messageEn: Type.String() })),
});
export type TFormValidationResult = Static<typeof FormValidationResult>;

export const StatsQuery = Type.Object({ asOf: Type.Optional(IsoDate) });
export const ServiceLevelStatsSchema = Type.Object({
  asOf: IsoDate,
  /** Procedures in force on `asOf`. */
  total: Type.Integer(),
  publishedNationally: Type.Integer(),
  /** One row per (scheme, level) found on `asOf`; `level` null = no level recorded for that day. */
  byLevel: Type.Array(
    Type.Object({
      scheme: Nullable(Type.Enum(SERVICE_LEVEL_SCHEMES)),
      level: Nullable(Type.Enum(SERVICE_LEVEL_VALUES)),
      count: Type.Integer(),
      publishedNationally: Type.Integer(),
    }),
  ),
});
export type TServiceLevelStats = Static<typeof ServiceLevelStatsSchema>;
