import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  pgSchema,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';

export const geographySchema = pgSchema('geography');

/**
 * Versions of administrative units. GSO codes are reused (a 2025 Vĩnh Long commune may carry the code of
 * one of the communes merged into it), so a version is identified by (code, valid_from). `valid_to` is
 * the LAST day in force (inclusive), null while in force. A trigger (custom migration) refuses two
 * versions of one code in force on the same day.
 */
export const administrativeUnits = geographySchema.table(
  'administrative_units',
  {
    code: text('code').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    level: text('level').notNull(),
    type: text('type').notNull(),
    typeEn: text('type_en').notNull(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    nameEn: text('name_en').notNull(),
    fullNameEn: text('full_name_en').notNull(),
    /** Parent's GSO code; the parent is the version of that code in force on the same day. */
    parentCode: text('parent_code'),
    legalBasis: text('legal_basis').notNull(),
    endedBy: text('ended_by'),
    areaKm2: doublePrecision('area_km2'),
  },
  (t) => [
    primaryKey({ name: 'administrative_units_pk', columns: [t.code, t.validFrom] }),
    check('administrative_units_level_check', sql`${t.level} in ('province', 'district', 'commune')`),
    check('administrative_units_validity_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    index('administrative_units_parent_idx').on(t.parentCode, t.validFrom),
    index('administrative_units_level_idx').on(t.level, t.validFrom),
  ],
);

/** Old unit → new unit. A merge chain (Phường 2 → Phường 3 → Phường Trà Vinh) is two rows. */
export const unitChanges = geographySchema.table(
  'unit_changes',
  {
    fromCode: text('from_code').notNull(),
    fromValidFrom: date('from_valid_from', { mode: 'string' }).notNull(),
    toCode: text('to_code').notNull(),
    toValidFrom: date('to_valid_from', { mode: 'string' }).notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    wholeArea: boolean('whole_area').notNull(),
    legalBasis: text('legal_basis').notNull(),
  },
  (t) => [
    primaryKey({ name: 'unit_changes_pk', columns: [t.fromCode, t.fromValidFrom, t.toCode, t.toValidFrom] }),
    foreignKey({
      name: 'unit_changes_from_fk',
      columns: [t.fromCode, t.fromValidFrom],
      foreignColumns: [administrativeUnits.code, administrativeUnits.validFrom],
    }),
    foreignKey({
      name: 'unit_changes_to_fk',
      columns: [t.toCode, t.toValidFrom],
      foreignColumns: [administrativeUnits.code, administrativeUnits.validFrom],
    }),
    check('unit_changes_kind_check', sql`${t.kind} in ('merge', 'unchanged', 'abolished')`),
    index('unit_changes_to_idx').on(t.toCode, t.toValidFrom),
  ],
);
