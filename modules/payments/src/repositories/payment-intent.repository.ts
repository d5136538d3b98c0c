import { and, type Db, desc, eq, isNull, sql } from '@openprovince/db';
import { collectionAccounts, paymentIntents, receiptCounters } from '../db/schema.ts';

export type PaymentIntentRow = typeof paymentIntents.$inferSelect;
export type CollectionAccountRow = typeof collectionAccounts.$inferSelect;

export async function insertPaymentIntent(db: Db, row: PaymentIntentRow): Promise<void> {
  await db.insert(paymentIntents).values(row);
}

export async function findPaymentIntent(db: Db, id: string): Promise<PaymentIntentRow | undefined> {
  const [row] = await db.select().from(paymentIntents).where(eq(paymentIntents.id, id));
  return row;
}

/** Locks the row: concurrent callbacks for one intent are handled one after the other. */
export async function lockPaymentIntentByCode(
  db: Db,
  paymentCode: string,
): Promise<PaymentIntentRow | undefined> {
  const [row] = await db
    .select()
    .from(paymentIntents)
    .where(eq(paymentIntents.paymentCode, paymentCode))
    .for('update');
  return row;
}

export async function findByProviderTransaction(
  db: Db,
  provider: string,
  transactionId: string,
): Promise<PaymentIntentRow | undefined> {
  const [row] = await db
    .select()
    .from(paymentIntents)
    .where(
      and(eq(paymentIntents.providerTransactionId, transactionId), eq(paymentIntents.provider, provider)),
    );
  return row;
}

export async function markPaid(
  db: Db,
  input: {
    id: string;
    version: number;
    provider: string;
    providerTransactionId: string;
    paidAt: Date;
    receiptNumber: string;
    now: Date;
  },
): Promise<PaymentIntentRow | undefined> {
  const [row] = await db
    .update(paymentIntents)
    .set({
      status: 'paid',
      version: input.version + 1,
      provider: input.provider,
      providerTransactionId: input.providerTransactionId,
      paidAt: input.paidAt,
      receiptNumber: input.receiptNumber,
      updatedAt: input.now,
    })
    .where(and(eq(paymentIntents.id, input.id), eq(paymentIntents.version, input.version)))
    .returning();
  return row;
}

/** The next number of the year: an upsert that locks the year's row until the transaction ends. */
export async function nextReceiptSequence(db: Db, year: number): Promise<number> {
  const [row] = await db
    .insert(receiptCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: receiptCounters.year, set: { last: sql`${receiptCounters.last} + 1` } })
    .returning({ last: receiptCounters.last });
  return row!.last;
}

export async function listPaymentIntentRows(
  db: Db,
  input: {
    agencyId?: string;
    status?: PaymentIntentRow['status'];
    reference?: string;
    limit: number;
    offset: number;
  },
): Promise<{ rows: PaymentIntentRow[]; total: number }> {
  const where = and(
    input.agencyId ? eq(paymentIntents.agencyId, input.agencyId) : undefined,
    input.status ? eq(paymentIntents.status, input.status) : undefined,
    input.reference ? eq(paymentIntents.reference, input.reference) : undefined,
  );
  const rows = await db
    .select()
    .from(paymentIntents)
    .where(where)
    .orderBy(desc(paymentIntents.createdAt), desc(paymentIntents.id))
    .limit(input.limit)
    .offset(input.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(paymentIntents).where(where);
  return { rows, total: count?.n ?? 0 };
}

/** The agency's own collection account, or the province's default. */
export async function findCollectionAccount(
  db: Db,
  agencyId: string,
): Promise<CollectionAccountRow | undefined> {
  const [own] = await db.select().from(collectionAccounts).where(eq(collectionAccounts.agencyId, agencyId));
  if (own) return own;
  const [fallback] = await db.select().from(collectionAccounts).where(isNull(collectionAccounts.agencyId));
  return fallback;
}

export async function upsertCollectionAccount(db: Db, row: CollectionAccountRow): Promise<void> {
  await db
    .insert(collectionAccounts)
    .values(row)
    .onConflictDoUpdate({
      target: collectionAccounts.agencyId,
      set: {
        bin: row.bin,
        accountNumber: row.accountNumber,
        accountName: row.accountName,
        updatedAt: row.updatedAt,
      },
    });
}
