import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const servicesSchema = pgSchema('services');

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

/** Fields (lĩnh vực) of the national procedure database: Hộ tịch, Đăng ký kinh doanh, Bưu chính… */
export const fields = servicesSchema.table('fields', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  sortOrder: integer('sort_order').notNull().default(0),
  ...timestamps,
});

/**
 * Administrative procedures (thủ tục hành chính) of the province's catalogue. A national code is used by
 * one procedure in force at a time: when a procedure is replaced, the old row is closed (`valid_to`) and
 * kept for history, and the replacement may carry the same code.
 */
export const procedures = servicesSchema.table(
  'procedures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Code in the national procedure database (CSDL quốc gia về TTHC), e.g. 1.000948. */
    nationalCode: text('national_code').notNull(),
    name: text('name').notNull(),
    /** Accent-free, lower-case name + code, so "dang ky kinh doanh" finds "Đăng ký … kinh doanh". */
    searchText: text('search_text').notNull(),
    fieldId: uuid('field_id')
      .notNull()
      .references(() => fields.id),
    /** identity.agencies.id of the responsible agency (no foreign key across modules). */
    agencyId: uuid('agency_id').notNull(),
    implementingLevel: text('implementing_level').notNull(),
    timeLimitAmount: integer('time_limit_amount').notNull(),
    timeLimitUnit: text('time_limit_unit').notNull(),
    /** Shorter limit some procedures set for dossiers filed online; null = the same as on paper. */
    onlineTimeLimitAmount: integer('online_time_limit_amount'),
    onlineTimeLimitUnit: text('online_time_limit_unit'),
    resultType: text('result_type').notNull(),
    resultName: text('result_name').notNull(),
    conditions: text('conditions'),
    legalBasis: text('legal_basis').notNull(),
    /** Integrated and published on the National Public Service Portal (Cổng DVC quốc gia). */
    publishedNationally: boolean('published_nationally').notNull().default(false),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** Last day the procedure applies (inclusive); null while it is in force. */
    validTo: date('valid_to', { mode: 'string' }),
    /** Internal processing steps (ProcedureStep[] of the contracts); [] = the platform's default steps. */
    steps: jsonb('steps').notNull().default([]),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('procedures_national_code_current_uq').on(t.nationalCode).where(sql`${t.validTo} is null`),
    index('procedures_national_code_idx').on(t.nationalCode),
    index('procedures_field_idx').on(t.fieldId),
    index('procedures_agency_idx').on(t.agencyId),
    index('procedures_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check(
      'procedures_implementing_level_ck',
      sql`${t.implementingLevel} in ('province', 'district', 'commune')`,
    ),
    check(
      'procedures_time_limit_ck',
      sql`${t.timeLimitAmount} > 0 and ${t.timeLimitUnit} in ('working_days', 'calendar_days', 'working_hours')`,
    ),
    check(
      'procedures_online_time_limit_ck',
      sql`(${t.onlineTimeLimitAmount} is null and ${t.onlineTimeLimitUnit} is null) or (${t.onlineTimeLimitAmount} > 0 and ${t.onlineTimeLimitUnit} in ('working_days', 'calendar_days', 'working_hours'))`,
    ),
    check('procedures_validity_ck', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** Fees and charges (phí, lệ phí) in đồng; a procedure may have several lines or none (free). */
export const feeLines = servicesSchema.table(
  'fee_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }).notNull(),
    note: text('note'),
  },
  (t) => [
    index('fee_lines_procedure_idx').on(t.procedureId, t.position),
    check('fee_lines_amount_ck', sql`${t.amountVnd} >= 0`),
  ],
);

/** Dossier components (thành phần hồ sơ), with the e-form the citizen fills in online. */
export const components = servicesSchema.table(
  'components',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    /** Number of originals (bản chính) and copies (bản sao) to submit. */
    originals: integer('originals').notNull().default(1),
    copies: integer('copies').notNull().default(0),
    required: boolean('required').notNull().default(true),
    /** A small JSON-schema subset (see domain/forms.ts); null when the component is an attachment only. */
    formSchema: jsonb('form_schema'),
    templateFileName: text('template_file_name'),
  },
  (t) => [uniqueIndex('components_procedure_key_uq').on(t.procedureId, t.key)],
);

/**
 * Online service level as effective-dated data: Decree 43/2011 levels 1–4 until 23/06/2022, Decree
 * 42/2022 full/partial from 24/06/2022. Periods of one procedure do not overlap (kept so by the use cases).
 */
export const serviceLevels = servicesSchema.table(
  'service_levels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    scheme: text('scheme').notNull(),
    level: text('level').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
  },
  (t) => [
    index('service_levels_procedure_idx').on(t.procedureId, t.effectiveFrom),
    check(
      'service_levels_scheme_ck',
      sql`(${t.scheme} = 'decree43' and ${t.level} in ('1', '2', '3', '4') and ${t.effectiveFrom} < '2022-06-24' and ${t.effectiveTo} is not null and ${t.effectiveTo} < '2022-06-24') or (${t.scheme} = 'decree42' and ${t.level} in ('full', 'partial') and ${t.effectiveFrom} >= '2022-06-24')`,
    ),
    check(
      'service_levels_period_ck',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`,
    ),
  ],
);
