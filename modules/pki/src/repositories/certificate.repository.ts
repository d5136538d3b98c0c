import { and, count, type Db, desc, eq, gte, inArray, lt, sql } from '@openprovince/db';
import { certificateRequests, certificates, crls } from '../db/schema.ts';

export type CertificateRow = typeof certificates.$inferSelect;
export type CertificateRequestRow = typeof certificateRequests.$inferSelect;

export async function insertRequest(
  db: Db,
  row: typeof certificateRequests.$inferInsert,
): Promise<CertificateRequestRow> {
  const [inserted] = await db.insert(certificateRequests).values(row).returning();
  return inserted!;
}

export async function findRequest(
  db: Db,
  id: string,
  lock = false,
): Promise<CertificateRequestRow | undefined> {
  const query = db.select().from(certificateRequests).where(eq(certificateRequests.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateRequest(
  db: Db,
  id: string,
  patch: Partial<typeof certificateRequests.$inferInsert>,
): Promise<CertificateRequestRow> {
  const [row] = await db
    .update(certificateRequests)
    .set(patch)
    .where(eq(certificateRequests.id, id))
    .returning();
  return row!;
}

export async function listRequests(
  db: Db,
  filter: { agencyId?: string; status?: CertificateRequestRow['status'] },
): Promise<CertificateRequestRow[]> {
  return db
    .select()
    .from(certificateRequests)
    .where(
      and(
        filter.agencyId ? eq(certificateRequests.agencyId, filter.agencyId) : undefined,
        filter.status ? eq(certificateRequests.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(certificateRequests.requestedAt))
    .limit(500);
}

export async function insertCertificate(
  db: Db,
  row: typeof certificates.$inferInsert,
): Promise<CertificateRow> {
  const [inserted] = await db.insert(certificates).values(row).returning();
  return inserted!;
}

export async function findCertificate(db: Db, id: string, lock = false): Promise<CertificateRow | undefined> {
  const query = db.select().from(certificates).where(eq(certificates.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findCertificateBySerial(
  db: Db,
  serialHex: string,
): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(certificates).where(eq(certificates.serialNumber, serialHex));
  return row;
}

export async function updateCertificate(
  db: Db,
  id: string,
  patch: Partial<typeof certificates.$inferInsert>,
): Promise<CertificateRow> {
  const [row] = await db
    .update(certificates)
    .set({ ...patch, version: sql`${certificates.version} + 1` })
    .where(eq(certificates.id, id))
    .returning();
  return row!;
}

export async function listCertificates(
  db: Db,
  filter: {
    agencyId?: string;
    status?: CertificateRow['status'];
    kind?: CertificateRow['kind'];
    holderOfficialId?: string;
  },
): Promise<CertificateRow[]> {
  return db
    .select()
    .from(certificates)
    .where(
      and(
        filter.agencyId ? eq(certificates.agencyId, filter.agencyId) : undefined,
        filter.status ? eq(certificates.status, filter.status) : undefined,
        filter.kind ? eq(certificates.kind, filter.kind) : undefined,
        filter.holderOfficialId ? eq(certificates.holderOfficialId, filter.holderOfficialId) : undefined,
      ),
    )
    .orderBy(desc(certificates.issuedAt))
    .limit(1000);
}

/** Revoked and suspended certificates not yet expired: the entries of the next CRL. */
export async function listCrlEntries(db: Db, now: Date): Promise<CertificateRow[]> {
  return db
    .select()
    .from(certificates)
    .where(and(sql`${certificates.status} in ('revoked', 'suspended')`, gte(certificates.notAfter, now)));
}

export async function latestCrl(db: Db): Promise<typeof crls.$inferSelect | undefined> {
  const [row] = await db.select().from(crls).orderBy(desc(crls.crlNumber)).limit(1);
  return row;
}

export async function insertCrl(db: Db, row: typeof crls.$inferInsert): Promise<void> {
  await db.insert(crls).values(row);
}

export async function certificateCounts(
  db: Db,
  input: { agencyIds?: readonly string[]; from: Date; to: Date; asOf: Date },
) {
  const scope = input.agencyIds ? inArray(certificates.agencyId, [...input.agencyIds]) : undefined;
  const active = await db
    .select({ kind: certificates.kind, medium: certificates.medium, n: count() })
    .from(certificates)
    .where(
      and(
        scope,
        eq(certificates.status, 'active'),
        lt(certificates.notBefore, input.asOf),
        gte(certificates.notAfter, input.asOf),
      ),
    )
    .groupBy(certificates.kind, certificates.medium);
  const [issued] = await db
    .select({ n: count() })
    .from(certificates)
    .where(and(scope, gte(certificates.issuedAt, input.from), lt(certificates.issuedAt, input.to)));
  const [revoked] = await db
    .select({ n: count() })
    .from(certificates)
    .where(and(scope, gte(certificates.revokedAt, input.from), lt(certificates.revokedAt, input.to)));
  return { active, issued: issued?.n ?? 0, revoked: revoked?.n ?? 0 };
}
