import { and, type Db, eq, gt, isNull, lt } from '@openprovince/db';
import { citizenIdentities, federationRequests } from '../db/schema.ts';

export type FederationRequestRow = typeof federationRequests.$inferSelect;
export type CitizenIdentityRow = typeof citizenIdentities.$inferSelect;

export async function insertFederationRequest(
  db: Db,
  row: typeof federationRequests.$inferInsert,
): Promise<void> {
  await db.insert(federationRequests).values(row);
}

/** Marks the request used and returns it; a second call, or a call after expiry, returns nothing. */
export async function consumeFederationRequest(
  db: Db,
  input: { stateHash: string; at: Date },
): Promise<FederationRequestRow | undefined> {
  const [row] = await db
    .update(federationRequests)
    .set({ consumedAt: input.at })
    .where(
      and(
        eq(federationRequests.stateHash, input.stateHash),
        isNull(federationRequests.consumedAt),
        gt(federationRequests.expiresAt, input.at),
      ),
    )
    .returning();
  return row;
}

export async function purgeFederationRequests(db: Db, before: Date): Promise<void> {
  await db.delete(federationRequests).where(lt(federationRequests.expiresAt, before));
}

export async function findCitizenIdentity(
  db: Db,
  key: { provider: string; subject: string },
): Promise<CitizenIdentityRow | undefined> {
  const [row] = await db
    .select()
    .from(citizenIdentities)
    .where(and(eq(citizenIdentities.provider, key.provider), eq(citizenIdentities.subject, key.subject)));
  return row;
}

export async function findCitizenIdentityOf(
  db: Db,
  key: { provider: string; citizenId: string },
): Promise<CitizenIdentityRow | undefined> {
  const [row] = await db
    .select()
    .from(citizenIdentities)
    .where(and(eq(citizenIdentities.provider, key.provider), eq(citizenIdentities.citizenId, key.citizenId)));
  return row;
}

export async function insertCitizenIdentity(
  db: Db,
  row: typeof citizenIdentities.$inferInsert,
): Promise<void> {
  await db.insert(citizenIdentities).values(row);
}

export async function touchCitizenIdentity(
  db: Db,
  key: { provider: string; subject: string },
  update: { at: Date; assuranceLevel: number },
): Promise<void> {
  await db
    .update(citizenIdentities)
    .set({ lastSignInAt: update.at, assuranceLevel: update.assuranceLevel })
    .where(and(eq(citizenIdentities.provider, key.provider), eq(citizenIdentities.subject, key.subject)));
}
