import { and, asc, type Db, eq, queryRows, sql } from '@openprovince/db';
import { registerEntries, registers } from '../db/schema.ts';

export type RegisterRow = typeof registers.$inferSelect;
export type RegisterEntryRow = typeof registerEntries.$inferSelect;

export interface SeriesKey {
  agencyId: string;
  year: number;
  direction: 'outgoing' | 'incoming' | 'copy';
  secrecy: 'normal' | 'secret';
  legalType: string;
}

export async function findRegister(db: Db, id: string): Promise<RegisterRow | undefined> {
  const [row] = await db.select().from(registers).where(eq(registers.id, id));
  return row;
}

export async function findRegisterBySeries(db: Db, key: SeriesKey): Promise<RegisterRow | undefined> {
  const [row] = await db
    .select()
    .from(registers)
    .where(
      and(
        eq(registers.agencyId, key.agencyId),
        eq(registers.year, key.year),
        eq(registers.direction, key.direction),
        eq(registers.secrecy, key.secrecy),
        eq(registers.legalType, key.legalType),
      ),
    );
  return row;
}

/** Creates the register of a series if it does not exist (concurrent callers get the same row). */
export async function ensureRegister(db: Db, key: SeriesKey & { name: string }): Promise<RegisterRow> {
  const existing = await findRegisterBySeries(db, key);
  if (existing) return existing;
  await db.insert(registers).values(key).onConflictDoNothing();
  return (await findRegisterBySeries(db, key))!;
}

export async function listRegisters(
  db: Db,
  input: { agencyId: string; year?: number },
): Promise<RegisterRow[]> {
  return db
    .select()
    .from(registers)
    .where(
      and(eq(registers.agencyId, input.agencyId), input.year ? eq(registers.year, input.year) : undefined),
    )
    .orderBy(asc(registers.year), asc(registers.direction), asc(registers.secrecy), asc(registers.legalType));
}

/**
 * Takes the next number of a register. The UPDATE locks the register row until the caller's transaction
 * ends: concurrent issuers wait, and a rollback undoes the increment, so no number is lost or doubled.
 */
export async function takeNextNumber(tx: Db, registerId: string): Promise<number> {
  const rows = await queryRows<{ last_number: number }>(
    tx,
    sql`update documents.registers set last_number = last_number + 1 where id = ${registerId} returning last_number`,
  );
  if (rows.length === 0) throw new Error(`register ${registerId} does not exist`);
  return Number(rows[0]!.last_number);
}

export async function insertEntry(
  tx: Db,
  input: {
    registerId: string;
    number: number;
    outgoingId?: string;
    incomingId?: string;
    copyId?: string;
    at: Date;
  },
): Promise<RegisterEntryRow> {
  const [row] = await tx
    .insert(registerEntries)
    .values({
      registerId: input.registerId,
      number: input.number,
      outgoingId: input.outgoingId ?? null,
      incomingId: input.incomingId ?? null,
      copyId: input.copyId ?? null,
      allocatedAt: input.at,
    })
    .returning();
  return row!;
}

export async function findEntry(
  db: Db,
  registerId: string,
  number: number,
): Promise<RegisterEntryRow | undefined> {
  const [row] = await db
    .select()
    .from(registerEntries)
    .where(and(eq(registerEntries.registerId, registerId), eq(registerEntries.number, number)));
  return row;
}

export async function voidEntry(tx: Db, input: { id: string; reason: string; at: Date }): Promise<void> {
  await tx
    .update(registerEntries)
    .set({ status: 'void', voidReason: input.reason, voidedAt: input.at })
    .where(eq(registerEntries.id, input.id));
}

export async function listEntries(db: Db, registerId: string): Promise<RegisterEntryRow[]> {
  return db
    .select()
    .from(registerEntries)
    .where(eq(registerEntries.registerId, registerId))
    .orderBy(asc(registerEntries.number));
}
