import { and, asc, type Db, eq } from '@openprovince/db';
import { unitChanges } from '../db/schema.ts';
import type { UnitChange, UnitChangeKind } from '../domain/model.ts';

export async function findAllChanges(db: Db): Promise<UnitChange[]> {
  const rows = await db
    .select()
    .from(unitChanges)
    .orderBy(asc(unitChanges.effectiveDate), asc(unitChanges.fromCode), asc(unitChanges.toCode));
  return rows.map((r) => ({ ...r, kind: r.kind as UnitChangeKind }));
}

export async function insertChanges(db: Db, changes: UnitChange[]): Promise<void> {
  if (changes.length === 0) return;
  await db.insert(unitChanges).values(changes).onConflictDoNothing();
}

export async function updateChange(db: Db, change: UnitChange): Promise<void> {
  const { fromCode, fromValidFrom, toCode, toValidFrom, ...fields } = change;
  await db
    .update(unitChanges)
    .set(fields)
    .where(
      and(
        eq(unitChanges.fromCode, fromCode),
        eq(unitChanges.fromValidFrom, fromValidFrom),
        eq(unitChanges.toCode, toCode),
        eq(unitChanges.toValidFrom, toValidFrom),
      ),
    );
}
