import { type Db, queryRows, sql } from '@openprovince/db';

export interface DocumentStatsRow {
  issued: number;
  signedPersonal: number;
  signedOrganisation: number;
  incomingByChannel: Record<string, number>;
  directivesFinishedOnTime: number;
  directivesFinishedLate: number;
  directivesOpenOverdue: number;
  directivesOpen: number;
}

/** Counts for some agencies in [from, to). One pass per table; indexes on agency_id keep it cheap. */
export async function documentStats(
  db: Db,
  input: { agencyIds?: readonly string[]; from: Date; to: Date; now: Date },
): Promise<DocumentStatsRow> {
  // No agencies: the whole province (every agency on the platform). An empty list matches nothing.
  const inScope = input.agencyIds
    ? sql`agency_id = any(${`{${input.agencyIds.join(',')}}`}::uuid[])`
    : sql`true`;
  const [out] = await queryRows<{ issued: number; personal: number; organisation: number }>(
    db,
    sql`select count(*)::int as issued,
          count(*) filter (where signatures @> '[{"kind":"personal"}]'::jsonb)::int as personal,
          count(*) filter (where signatures @> '[{"kind":"organisation"}]'::jsonb)::int as organisation
        from documents.outgoing
        where ${inScope} and issued_at >= ${input.from} and issued_at < ${input.to}`,
  );
  const channels = await queryRows<{ channel: string; n: number }>(
    db,
    sql`select channel, count(*)::int as n from documents.incoming
        where ${inScope} and received_at >= ${input.from} and received_at < ${input.to}
        group by channel`,
  );
  const [dir] = await queryRows<{ on_time: number; late: number; open_overdue: number; open: number }>(
    db,
    sql`select
          count(*) filter (where status = 'finished' and (due_at is null or finished_at <= due_at))::int as on_time,
          count(*) filter (where status = 'finished' and due_at is not null and finished_at > due_at)::int as late,
          count(*) filter (where status in ('open','processing') and due_at is not null and due_at < ${input.now})::int as open_overdue,
          count(*) filter (where status in ('open','processing'))::int as open
        from documents.directives
        where ${inScope} and created_at >= ${input.from} and created_at < ${input.to}`,
  );
  return {
    issued: Number(out?.issued ?? 0),
    signedPersonal: Number(out?.personal ?? 0),
    signedOrganisation: Number(out?.organisation ?? 0),
    incomingByChannel: Object.fromEntries(channels.map((c) => [c.channel, Number(c.n)])),
    directivesFinishedOnTime: Number(dir?.on_time ?? 0),
    directivesFinishedLate: Number(dir?.late ?? 0),
    directivesOpenOverdue: Number(dir?.open_overdue ?? 0),
    directivesOpen: Number(dir?.open ?? 0),
  };
}
