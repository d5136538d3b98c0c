import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TDirective } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { actorName, assertVersion } from '../domain/guards.ts';
import { toDirectiveView } from '../domain/present-document.ts';
import { canActOnDocuments } from '../policies.ts';
import { insertDirective } from '../repositories/directive.repository.ts';
import { findIncoming, lockIncoming } from '../repositories/incoming.repository.ts';
import { directiveDeadline } from './shared/deadlines.ts';
import { applyIncomingStep } from './shared/incoming-step.ts';

/**
 * A leader's directive (ý kiến chỉ đạo, Decree 30/2020 Art. 24): lead unit, coordinating units and a
 * deadline — a date, or working days on the province's work calendar. Status 04 goes to the issuer.
 */
export async function directIncoming(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: {
    incomingId: string;
    incomingVersion: number;
    content: string;
    leadUnit: string;
    coordinatingUnits?: string[];
    assigneeId?: string;
    dueDate?: string;
    workingDays?: number;
  },
): Promise<TDirective> {
  const existing = await findIncoming(deps.db, input.incomingId);
  authorize(ctx.actor, canActOnDocuments, { agencyId: existing?.agencyId ?? '' });
  if (!existing) throw new AppError('NOT_FOUND');
  const now = deps.now();
  const dueAt = await directiveDeadline(deps.db, {
    now,
    ...(input.dueDate ? { dueDate: input.dueDate } : {}),
    ...(input.workingDays ? { workingDays: input.workingDays } : {}),
    agencyId: existing.agencyId,
  });
  return deps.db.transaction(async (tx) => {
    const row = (await lockIncoming(tx, input.incomingId))!;
    assertVersion(row, input.incomingVersion);
    await applyIncomingStep(tx, deps, ctx, { row, action: 'direct', changes: { dueAt } });
    const directive = await insertDirective(tx, {
      agencyId: row.agencyId,
      incomingId: row.id,
      leaderId: ctx.actor.kind === 'official' ? ctx.actor.userId : null,
      leaderName: actorName(ctx.actor),
      content: nfc(input.content),
      leadUnit: nfc(input.leadUnit),
      coordinatingUnits: (input.coordinatingUnits ?? []).map(nfc),
      assigneeId: input.assigneeId ?? null,
      dueAt,
      createdAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'documents.directive.create',
      objectType: 'directive',
      objectId: directive.id,
      agencyId: row.agencyId,
      summary: { incomingId: row.id, leadUnit: directive.leadUnit, dueAt: dueAt?.toISOString() ?? null },
    });
    return toDirectiveView(directive, now);
  });
}
