import { and, type Db, eq, inArray, isNull, lt, or, sql } from '@openprovince/db';
import { loginThrottle, sessions } from '../db/schema.ts';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function findSession(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function touchSession(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function revokeSession(db: Db, tokenHash: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length > 0;
}

export async function revokeSessionsOf(
  db: Db,
  subject: { kind: string; id: string },
  at: Date,
): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(
      and(
        eq(sessions.subjectKind, subject.kind),
        eq(sessions.subjectId, subject.id),
        isNull(sessions.revokedAt),
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}

/** Expired and revoked sessions are kept a day for the audit trail, then removed. */
export async function purgeOldSessions(db: Db, before: Date): Promise<void> {
  await db.delete(sessions).where(or(lt(sessions.expiresAt, before), lt(sessions.revokedAt, before)));
}

export type ThrottleRow = typeof loginThrottle.$inferSelect;

export async function findThrottles(db: Db, keys: string[]): Promise<ThrottleRow[]> {
  return db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
}

export async function recordFailure(
  db: Db,
  input: { key: string; at: Date; forgetBefore: Date; delaySecondsFor: (failures: number) => number },
): Promise<ThrottleRow> {
  // Failures older than the forgetting window start a fresh count.
  const [row] = await db
    .insert(loginThrottle)
    .values({ key: input.key, failures: 1, lastFailureAt: input.at })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${loginThrottle.lastFailureAt} < ${input.forgetBefore} then 1 else ${loginThrottle.failures} + 1 end`,
        lastFailureAt: input.at,
      },
    })
    .returning();
  const delay = input.delaySecondsFor(row!.failures);
  const blockedUntil = delay > 0 ? new Date(input.at.getTime() + delay * 1000) : null;
  // Most failures start no wait: the row then keeps the blocked_until it has (null or already past).
  if (blockedUntil || row!.blockedUntil) {
    await db.update(loginThrottle).set({ blockedUntil }).where(eq(loginThrottle.key, input.key));
  }
  return { ...row!, blockedUntil };
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, keys));
}
