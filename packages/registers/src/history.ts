/**
 * Change history per record, kept in the audit log: a change to a register record writes one audit entry,
 * in the change's own transaction, whose summary holds the field-level difference. The history of a record
 * is then read back from the log (indexed by object type and id) — one source of truth, hash-chained, and
 * nothing to keep in step.
 */
import { objectHistory, recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import type { RequestContext } from '@openprovince/platform';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

const comparable = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v);

/** Fields whose values differ between two versions of a record (only `fields` when given). */
export function diffRecords(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>>,
  fields?: readonly string[],
): FieldChange[] {
  const keys = fields ?? [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const from = comparable(before?.[field] ?? null);
    const to = comparable(after[field] ?? null);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  return changes;
}

export interface RecordChangeInput {
  /** e.g. 'telecom.subscribers'. */
  action: string;
  objectType: string;
  objectId: string;
  agencyId?: string | null;
  before: Readonly<Record<string, unknown>> | null;
  after: Readonly<Record<string, unknown>>;
  /** Fields kept in the history (never personal identifiers or secrets); all fields of `after` by default. */
  fields?: readonly string[];
  /** Extra summary members (e.g. a reason). */
  note?: string;
}

/** Writes the audit entry of a change with its field-level difference; call it inside the change's transaction. */
export async function recordChange(
  tx: Db,
  ctx: RequestContext,
  input: RecordChangeInput,
): Promise<FieldChange[]> {
  const changes = diffRecords(input.before, input.after, input.fields);
  await recordAudit(tx, ctx, {
    action: input.action,
    objectType: input.objectType,
    objectId: input.objectId,
    ...(input.agencyId ? { agencyId: input.agencyId } : {}),
    summary: { changes, ...(input.note ? { note: input.note } : {}), created: input.before === null },
  });
  return changes;
}

export interface HistoryEntry {
  at: string;
  action: string;
  actorName: string | null;
  created: boolean;
  changes: FieldChange[];
  note: string | null;
}

/** The changes of one record, oldest first. */
export async function historyOf(
  db: Db,
  input: { objectType: string; objectId: string },
): Promise<HistoryEntry[]> {
  const records = await objectHistory(db, input);
  return records.map((r) => {
    const summary = r.summary as { changes?: FieldChange[]; note?: string; created?: boolean };
    return {
      at: r.occurredAt.toISOString(),
      action: r.action,
      actorName: r.actorName ?? null,
      created: summary.created === true,
      changes: summary.changes ?? [],
      note: summary.note ?? null,
    };
  });
}
