import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TDirective } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { assertVersion } from '../domain/guards.ts';
import { toDirectiveView } from '../domain/present-document.ts';
import { canProcess } from '../policies.ts';
import { findDirective, lockDirective, updateDirective } from '../repositories/directive.repository.ts';
import { lockIncoming } from '../repositories/incoming.repository.ts';
import { applyIncomingStep } from './shared/incoming-step.ts';

/** The lead unit reports progress: processing (05) and finished (06), sent to the issuer as they happen. */
export async function reportDirectiveProgress(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string; version: number; status: 'processing' | 'finished'; note?: string },
): Promise<TDirective> {
  const existing = await findDirective(deps.db, input.id);
  authorize(ctx.actor, canProcess, { agencyId: existing?.agencyId ?? '' });
  if (!existing) throw new AppError('NOT_FOUND');
  return deps.db.transaction(async (tx) => {
    const directive = (await lockDirective(tx, input.id))!;
    assertVersion(directive, input.version);
    if (directive.status === 'finished' || directive.status === 'cancelled') {
      throw new AppError('INVALID_STATE', {
        detail: 'Chỉ đạo đã kết thúc',
        detailEn: 'The directive is closed',
      });
    }
    const now = deps.now();
    const row = (await lockIncoming(tx, directive.incomingId))!;
    await applyIncomingStep(tx, deps, ctx, {
      row,
      action: input.status === 'processing' ? 'start' : 'finish',
      changes: input.status === 'finished' ? { finishedAt: now } : {},
      ...(input.note ? { description: nfc(input.note) } : {}),
    });
    const updated = await updateDirective(tx, directive.id, {
      status: input.status,
      ...(input.status === 'finished' ? { finishedAt: now } : {}),
      ...(input.note ? { resultNote: nfc(input.note) } : {}),
    });
    await recordAudit(tx, ctx, {
      action: `documents.directive.${input.status}`,
      objectType: 'directive',
      objectId: directive.id,
      agencyId: directive.agencyId,
      summary: { incomingId: directive.incomingId, note: input.note ? nfc(input.note) : null },
    });
    return toDirectiveView(updated, now);
  });
}
