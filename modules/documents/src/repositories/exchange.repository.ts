import { and, asc, type Db, eq, isNull } from '@openprovince/db';
import { exchangePackages, statusMessages } from '../db/schema.ts';

export type StatusMessageRow = typeof statusMessages.$inferSelect;
export type ExchangePackageRow = typeof exchangePackages.$inferSelect;

export async function insertStatusMessage(
  tx: Db,
  values: typeof statusMessages.$inferInsert,
): Promise<StatusMessageRow> {
  const [row] = await tx.insert(statusMessages).values(values).returning();
  return row!;
}

export async function listStatusMessages(db: Db, outgoingId: string): Promise<StatusMessageRow[]> {
  return db
    .select()
    .from(statusMessages)
    .where(eq(statusMessages.outgoingId, outgoingId))
    .orderBy(asc(statusMessages.occurredAt), asc(statusMessages.statusCode));
}

export async function insertPackage(
  tx: Db,
  values: typeof exchangePackages.$inferInsert,
): Promise<ExchangePackageRow> {
  const [row] = await tx.insert(exchangePackages).values(values).returning();
  return row!;
}

export async function findPackage(db: Db, id: string): Promise<ExchangePackageRow | undefined> {
  const [row] = await db.select().from(exchangePackages).where(eq(exchangePackages.id, id));
  return row;
}

export async function markPackageDelivered(tx: Db, id: string, at: Date): Promise<void> {
  await tx.update(exchangePackages).set({ deliveredAt: at }).where(eq(exchangePackages.id, id));
}

export async function listPackagesOf(db: Db, outgoingId: string): Promise<ExchangePackageRow[]> {
  return db
    .select()
    .from(exchangePackages)
    .where(eq(exchangePackages.outgoingId, outgoingId))
    .orderBy(asc(exchangePackages.createdAt));
}

export async function listUndelivered(db: Db, agencyId: string): Promise<ExchangePackageRow[]> {
  return db
    .select()
    .from(exchangePackages)
    .where(
      and(
        eq(exchangePackages.agencyId, agencyId),
        eq(exchangePackages.direction, 'out'),
        isNull(exchangePackages.deliveredAt),
      ),
    )
    .orderBy(asc(exchangePackages.createdAt));
}
