import {
  and,
  asc,
  count,
  type Db,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  sql,
} from '@openprovince/db';
import type { DossierState } from '../contracts/states.ts';
import { dossierAttachments, dossierEvents, dossierSequences, dossiers } from '../db/schema.ts';

export type DossierRow = typeof dossiers.$inferSelect;
export type DossierInsert = typeof dossiers.$inferInsert;
export type DossierEventRow = typeof dossierEvents.$inferSelect;
export type AttachmentRow = typeof dossierAttachments.$inferSelect;

export async function insertDossier(tx: Db, row: DossierInsert): Promise<DossierRow> {
  const [inserted] = await tx.insert(dossiers).values(row).returning();
  return inserted!;
}

export async function findDossierById(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const q = db.select().from(dossiers).where(eq(dossiers.id, id));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findDossierByCode(db: Db, code: string, options: { forUpdate?: boolean } = {}) {
  const q = db.select().from(dossiers).where(eq(dossiers.code, code));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findDossierByIdempotencyKey(db: Db, scope: string, key: string) {
  const [row] = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.idempotencyScope, scope), eq(dossiers.idempotencyKey, key)));
  return row;
}

/** Writes the changed fields if the stored version is still `expectedVersion`; undefined otherwise. */
export async function updateDossierVersioned(
  tx: Db,
  input: { id: string; expectedVersion: number; set: Partial<DossierInsert>; now: Date },
): Promise<DossierRow | undefined> {
  const [row] = await tx
    .update(dossiers)
    .set({ ...input.set, version: sql`${dossiers.version} + 1`, updatedAt: input.now })
    .where(and(eq(dossiers.id, input.id), eq(dossiers.version, input.expectedVersion)))
    .returning();
  return row;
}

/** The next running number of `agencyId` on local day `day`, in the caller's transaction. */
export async function nextSequence(tx: Db, agencyId: string, day: string): Promise<number> {
  const [row] = await tx
    .insert(dossierSequences)
    .values({ agencyId, day, last: 1 })
    .onConflictDoUpdate({
      target: [dossierSequences.agencyId, dossierSequences.day],
      set: { last: sql`${dossierSequences.last} + 1` },
    })
    .returning({ last: dossierSequences.last });
  return row!.last;
}

export async function insertEvent(tx: Db, row: typeof dossierEvents.$inferInsert): Promise<void> {
  await tx.insert(dossierEvents).values(row);
}

export async function listEvents(db: Db, dossierId: string): Promise<DossierEventRow[]> {
  return db
    .select()
    .from(dossierEvents)
    .where(eq(dossierEvents.dossierId, dossierId))
    .orderBy(asc(dossierEvents.seq));
}

export async function insertAttachment(
  tx: Db,
  row: typeof dossierAttachments.$inferInsert,
): Promise<AttachmentRow> {
  const [inserted] = await tx.insert(dossierAttachments).values(row).returning();
  return inserted!;
}

export async function listAttachments(db: Db, dossierId: string): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(dossierAttachments)
    .where(eq(dossierAttachments.dossierId, dossierId))
    .orderBy(asc(dossierAttachments.uploadedAt), asc(dossierAttachments.id));
}

export async function countAttachments(db: Db, dossierId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(dossierAttachments)
    .where(eq(dossierAttachments.dossierId, dossierId));
  return Number(row?.n ?? 0);
}

export async function findAttachment(db: Db, dossierId: string, attachmentId: string) {
  const [row] = await db
    .select()
    .from(dossierAttachments)
    .where(and(eq(dossierAttachments.dossierId, dossierId), eq(dossierAttachments.id, attachmentId)));
  return row;
}

export type DossierScope =
  | { kind: 'all' }
  | { kind: 'agency'; agencyId: string }
  | { kind: 'citizen'; citizenId: string };

export interface ListFilter {
  scope: DossierScope;
  states?: readonly DossierState[];
  channel?: string;
  dueBefore?: Date;
  dueAfter?: Date;
  noApology?: boolean;
  receivedBy?: string;
  /**
   * An official's work queue: dossiers of the agency in one of `states`, or processing with the current
   * step of one of `stepRoles` owned by the agency (the step's agency, else the dossier's).
   */
  todo?: { agencyId: string; states: readonly DossierState[]; stepRoles: readonly string[] };
  /** Only these dossiers (a drill-down already chose them). */
  ids?: readonly string[];
  limit: number;
  offset: number;
}

function scopeCondition(scope: DossierScope) {
  if (scope.kind === 'agency') {
    return or(
      eq(dossiers.agencyId, scope.agencyId),
      sql`${scope.agencyId}::uuid = any(${dossiers.stepAgencyIds})`,
    );
  }
  if (scope.kind === 'citizen') return eq(dossiers.citizenId, scope.citizenId);
  return undefined;
}

function todoCondition(todo: NonNullable<ListFilter['todo']>) {
  const step = sql`(${dossiers.procedure} -> 'steps' -> ${dossiers.stepIndex})`;
  const parts = [
    todo.states.length
      ? and(eq(dossiers.agencyId, todo.agencyId), inArray(dossiers.state, [...todo.states]))
      : undefined,
    todo.stepRoles.length
      ? and(
          eq(dossiers.state, 'processing'),
          isNotNull(dossiers.stepIndex),
          sql`${step} ->> 'role' in (${sql.join(
            todo.stepRoles.map((r) => sql`${r}`),
            sql`, `,
          )})`,
          sql`coalesce(${step} ->> 'agencyId', ${dossiers.agencyId}::text) = ${todo.agencyId}`,
        )
      : undefined,
  ].filter((p) => p !== undefined);
  // Nothing this official could act on: an always-false condition rather than every dossier.
  return parts.length ? or(...parts) : sql`false`;
}

export async function listDossiers(
  db: Db,
  filter: ListFilter,
): Promise<{ items: DossierRow[]; total: number }> {
  const where = and(
    scopeCondition(filter.scope),
    filter.states ? inArray(dossiers.state, [...filter.states]) : undefined,
    filter.channel ? eq(dossiers.channel, filter.channel) : undefined,
    filter.dueBefore ? lt(dossiers.dueAt, filter.dueBefore) : undefined,
    filter.dueAfter ? gte(dossiers.dueAt, filter.dueAfter) : undefined,
    filter.dueBefore || filter.dueAfter ? isNotNull(dossiers.dueAt) : undefined,
    filter.noApology ? isNull(dossiers.apologyAt) : undefined,
    filter.receivedBy ? eq(dossiers.receivedBy, filter.receivedBy) : undefined,
    filter.todo ? todoCondition(filter.todo) : undefined,
    filter.ids ? inArray(dossiers.id, [...filter.ids]) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(dossiers)
      .where(where)
      .orderBy(filter.dueBefore ? asc(dossiers.dueAt) : desc(dossiers.submittedAt), asc(dossiers.code))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(dossiers).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

/**
 * Dossiers that can count in a statistics period ending at `endInstant` and starting at `startInstant`: the
 * one read of the figures, the drill-down and the commune map.
 */
export async function listForStatistics(
  db: Db,
  input: {
    agencyId?: string;
    agencyIds?: readonly string[];
    procedureId?: string;
    serviceLevel?: number;
    startInstant: Date;
    endInstant: Date;
  },
) {
  return db
    .select({
      id: dossiers.id,
      agencyId: dossiers.agencyId,
      procedureId: dossiers.procedureId,
      procedureName: sql<string>`${dossiers.procedure}->>'name'`,
      serviceLevel: dossiers.serviceLevel,
      channel: dossiers.channel,
      state: dossiers.state,
      receivedAt: dossiers.receivedAt,
      dueAt: dossiers.dueAt,
      finishedAt: dossiers.finishedAt,
      withdrawnAt: dossiers.withdrawnAt,
      rating: dossiers.rating,
      ratedAt: dossiers.ratedAt,
      submittedAt: dossiers.submittedAt,
      /** Where the applicant lives (the commune map), as given on the day of submission. */
      applicantCommuneCode: dossiers.applicantCommuneCode,
      /** The supplement requests and hand-ins, in order: [action, at][] (the statistics' waits). */
      supplementEvents: sql<[string, string][]>`(
        select coalesce(json_agg(json_build_array(e.action, e.at) order by e.seq), '[]'::json)
        from ${dossierEvents} e
        where e.dossier_id = ${dossiers.id} and e.action in ('request_supplement', 'resubmit')
      )`,
    })
    .from(dossiers)
    .where(
      and(
        isNotNull(dossiers.receivedAt),
        lte(dossiers.receivedAt, input.endInstant),
        or(isNull(dossiers.finishedAt), gte(dossiers.finishedAt, input.startInstant)),
        or(isNull(dossiers.withdrawnAt), gte(dossiers.withdrawnAt, input.startInstant)),
        input.agencyId ? eq(dossiers.agencyId, input.agencyId) : undefined,
        input.agencyIds ? inArray(dossiers.agencyId, [...input.agencyIds]) : undefined,
        input.procedureId ? eq(dossiers.procedureId, input.procedureId) : undefined,
        input.serviceLevel !== undefined ? eq(dossiers.serviceLevel, input.serviceLevel) : undefined,
      ),
    );
}

/** The local calendar years (Asia/Ho_Chi_Minh) in which dossiers were received, latest first. */
export async function listReceivedYears(db: Db, input: { agencyId?: string }): Promise<number[]> {
  const year = sql<number>`extract(year from ${dossiers.receivedAt} at time zone 'Asia/Ho_Chi_Minh')::int`;
  const rows = await db
    .selectDistinct({ year })
    .from(dossiers)
    .where(
      and(isNotNull(dossiers.receivedAt), input.agencyId ? eq(dossiers.agencyId, input.agencyId) : undefined),
    )
    .orderBy(desc(year));
  return rows.map((r) => Number(r.year));
}
