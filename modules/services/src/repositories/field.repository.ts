import { asc, type Db, eq, sql } from '@openprovince/db';
import { fields, procedures } from '../db/schema.ts';

export type FieldRow = typeof fields.$inferSelect;
export type NewFieldRow = typeof fields.$inferInsert;

export async function listFieldsWithCounts(db: Db, asOf: string) {
  const inForce = sql`${procedures.validFrom} <= ${asOf}::date and (${procedures.validTo} is null or ${procedures.validTo} >= ${asOf}::date)`;
  return db
    .select({
      field: fields,
      procedureCount: sql<number>`count(${procedures.id}) filter (where ${inForce})::int`,
    })
    .from(fields)
    .leftJoin(procedures, eq(procedures.fieldId, fields.id))
    .groupBy(fields.id)
    .orderBy(asc(fields.sortOrder), asc(fields.name));
}

export async function findFieldById(db: Db, id: string): Promise<FieldRow | undefined> {
  const [row] = await db.select().from(fields).where(eq(fields.id, id));
  return row;
}

export async function findAllFields(db: Db): Promise<FieldRow[]> {
  return db.select().from(fields);
}

export async function insertFields(db: Db, rows: NewFieldRow[]): Promise<FieldRow[]> {
  if (rows.length === 0) return [];
  return db.insert(fields).values(rows).returning();
}
