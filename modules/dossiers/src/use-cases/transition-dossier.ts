import { AppError, type RequestContext } from '@openprovince/platform';
import type { TDossier, TTransitionBody } from '../contracts/index.ts';
import type { DossierDeps } from '../dossier-deps.ts';
import { applyTransition } from '../internal/apply-transition.ts';
import { loadVisibleDossier, present } from '../internal/load.ts';

export interface TransitionDossierInput extends TTransitionBody {
  id: string;
  /** From If-Match. */
  expectedVersion: number;
}

/** An official (or the applicant) moves a dossier on: accept, refuse, forward, supplement, process, approve… */
export async function transitionDossier(
  deps: DossierDeps,
  ctx: RequestContext,
  input: TransitionDossierInput,
): Promise<TDossier> {
  await loadVisibleDossier(deps.db, ctx, input.id);
  if (input.action === 'payment_received' && ctx.actor.kind !== 'official') {
    throw new AppError('FORBIDDEN');
  }
  const row = await deps.db.transaction(async (tx) => {
    const current = await loadVisibleDossier(tx, ctx, input.id, { forUpdate: true });
    return applyTransition(tx, deps, ctx, {
      current,
      action: input.action,
      expectedVersion: input.expectedVersion,
      note: input.note ?? null,
      ...(input.newDueAt ? { newDueAt: new Date(input.newDueAt) } : {}),
      ...(input.items ? { items: input.items } : {}),
      ...(input.supplementDays ? { supplementDays: input.supplementDays } : {}),
      ...(input.action === 'payment_received'
        ? {
            payment: {
              paymentId: `counter:${current.code}:${current.transitionSeq + 1}`,
              amount: current.procedure.fees.reduce((s, f) => s + f.amount, 0),
              paidAt: deps.now().toISOString(),
              receiptNumber: input.note?.trim() || 'counter',
            },
          }
        : {}),
    });
  });
  return present(deps, deps.db, row);
}
