import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TDossierSummary, TListQuery } from '../contracts/index.ts';
import { DOSSIER_PERMISSIONS } from '../contracts/permissions.ts';
import { CLOCK_RUNNING_STATES, type DossierState, OPEN_STATES } from '../contracts/states.ts';
import type { DossierDeps } from '../dossier-deps.ts';
import { canListDossiers } from '../policies.ts';
import { presentSummary } from '../presenters.ts';
import { type DossierScope, type ListFilter, listDossiers } from '../repositories/dossier.repository.ts';

/** "About to expire": due within the next 24 hours (domain.md §5.1). */
export const DUE_SOON_MS = 24 * 3_600_000;

/**
 * Work queues: online (new online dossiers waiting for acceptance), due-soon, overdue, apology-due (due
 * soon or overdue with no apology slip yet), mine (received by me), todo (what waits for this official: new
 * online dossiers to accept and accepted ones to forward for a one-stop officer, the current processing
 * step of the specialist's or the leader's role in their agency, processed dossiers whose result is to be
 * returned). A citizen sees only their own
 * dossiers; an official those of their agency and of the inter-agency steps it owns.
 */
export async function listDossiersUseCase(
  deps: DossierDeps,
  ctx: RequestContext,
  input: TListQuery,
): Promise<{ items: TDossierSummary[]; total: number }> {
  authorize(ctx.actor, canListDossiers, undefined);
  const actor = ctx.actor;
  const scope: DossierScope =
    actor.kind === 'citizen'
      ? { kind: 'citizen', citizenId: actor.citizenId }
      : actor.kind === 'official'
        ? { kind: 'agency', agencyId: actor.agencyId }
        : { kind: 'all' };
  const now = deps.now();
  const filter: ListFilter = { scope, limit: input.limit ?? 50, offset: input.offset ?? 0 };
  if (input.state) filter.states = [input.state];
  switch (input.queue ?? 'all') {
    case 'online':
      filter.states = ['submitted'];
      filter.channel = 'online';
      break;
    case 'due-soon':
      filter.states = CLOCK_RUNNING_STATES;
      filter.dueAfter = now;
      filter.dueBefore = new Date(now.getTime() + DUE_SOON_MS);
      break;
    case 'overdue':
      filter.states = CLOCK_RUNNING_STATES;
      filter.dueBefore = now;
      break;
    case 'apology-due':
      filter.states = CLOCK_RUNNING_STATES;
      filter.dueBefore = new Date(now.getTime() + DUE_SOON_MS);
      filter.noApology = true;
      break;
    case 'todo': {
      if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
      const has = (p: string) => actor.permissions.has(p);
      const states: DossierState[] = [];
      if (has(DOSSIER_PERMISSIONS.accept)) states.push('submitted', 'accepted');
      if (has(DOSSIER_PERMISSIONS.return)) states.push('processed');
      const stepRoles: ('specialist' | 'leader')[] = [];
      if (has(DOSSIER_PERMISSIONS.process)) stepRoles.push('specialist');
      if (has(DOSSIER_PERMISSIONS.approve)) stepRoles.push('leader');
      filter.todo = { agencyId: actor.agencyId, states, stepRoles };
      break;
    }
    case 'mine':
      if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
      filter.receivedBy = actor.userId;
      filter.states = filter.states ?? OPEN_STATES;
      break;
    default:
      break;
  }
  const { items, total } = await listDossiers(deps.db, filter);
  return { items: items.map(presentSummary), total };
}
