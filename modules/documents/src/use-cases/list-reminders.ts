import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { Urgency } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { canReadDocuments } from '../policies.ts';
import { listDirectives } from '../repositories/directive.repository.ts';
import { listIncoming } from '../repositories/incoming.repository.ts';
import { listOutgoing } from '../repositories/outgoing.repository.ts';
import { isImmediate } from './shared/deadlines.ts';

export interface Reminder {
  kind: 'register_incoming' | 'issue_outgoing' | 'directive_due';
  id: string;
  title: string;
  urgency: Urgency;
  immediate: boolean;
  dueAt: string | null;
  overdue: boolean;
}

const RANK: Record<string, number> = { flash: 0, top_urgent: 1, urgent: 2, normal: 3 };

/**
 * The agency's to-do list, urgent first: incoming documents not yet registered (same day / next working
 * day; Hỏa tốc, Thượng khẩn, Khẩn at once), signed documents not yet issued, directives due.
 */
export async function listReminders(deps: DocumentDeps, ctx: RequestContext): Promise<Reminder[]> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  authorize(actor, canReadDocuments, { agencyId: actor.agencyId });
  const now = deps.now();
  const out: Reminder[] = [];
  const due = (d: Date | null) => ({ dueAt: d?.toISOString() ?? null, overdue: !!d && d < now });
  const arrived = await listIncoming(deps.db, {
    agencyId: actor.agencyId,
    status: ['arrived'],
    limit: 500,
    offset: 0,
  });
  for (const r of arrived.items) {
    out.push({
      kind: 'register_incoming',
      id: r.id,
      title: `${r.numberSymbol} — ${r.subject}`,
      urgency: r.urgency as Urgency,
      immediate: isImmediate(r.urgency),
      ...due(r.registerBy),
    });
  }
  const signed = await listOutgoing(deps.db, {
    agencyId: actor.agencyId,
    status: 'signed',
    limit: 500,
    offset: 0,
  });
  for (const r of signed.items) {
    out.push({
      kind: 'issue_outgoing',
      id: r.id,
      title: r.subject,
      urgency: r.urgency as Urgency,
      immediate: isImmediate(r.urgency),
      ...due(r.issueBy),
    });
  }
  for (const status of ['open', 'processing']) {
    for (const d of await listDirectives(deps.db, { agencyId: actor.agencyId, status })) {
      if (!d.dueAt) continue;
      out.push({
        kind: 'directive_due',
        id: d.id,
        title: `${d.leadUnit}: ${d.content}`,
        urgency: 'normal',
        immediate: false,
        ...due(d.dueAt),
      });
    }
  }
  return out.sort(
    (a, b) =>
      Number(b.immediate) - Number(a.immediate) ||
      (RANK[a.urgency] ?? 3) - (RANK[b.urgency] ?? 3) ||
      (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9'),
  );
}
