import { localDateOf, localInstant } from '@openprovince/calendar';
import { AppError, authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import type { TDossierSummary, TListQuery } from '../contracts/index.ts';
import { DOSSIER_PERMISSIONS } from '../contracts/permissions.ts';
import { CLOCK_RUNNING_STATES, type DossierState, OPEN_STATES } from '../contracts/states.ts';
import type { DossierDeps } from '../deps.ts';
import { presentSummary } from '../domain/present-dossier.ts';
import { toStatDossier } from '../domain/stat-dossier.ts';
import { inFigure, placeInPeriod } from '../domain/statistics.ts';
import { canDrillDownStatistics, canListDossiers } from '../policies.ts';
import {
  type DossierScope,
  type ListFilter,
  listDossiers,
  listForStatistics,
} from '../repositories/dossier.repository.ts';
import { listOfMapCommune } from './map-commune-dossiers.ts';

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
  const actor = ctx.actor;
  if (
    input.agencyIds ||
    input.from ||
    input.to ||
    input.figure ||
    input.serviceLevel !== undefined ||
    input.applicantCommune
  ) {
    return drillDown(deps, ctx, input);
  }
  authorize(actor, canListDossiers, undefined);
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

const invalid = (message: string, messageEn: string, path: string) =>
  AppError.forField({ path, message, messageEn });

/**
 * The dossiers behind a figure of the statistics (the dashboard's drill-down): those of the given agencies
 * (one's own without dossiers:stats-all; any with it; all of them when none is given and the actor has
 * stats-all) that count in the period [from, to] as `figure` (default: every dossier to handle), classified
 * exactly as GET /api/dossier-stats counts them, latest received first. With `applicantCommune`, only
 * those whose applicant lives in that commune of the map (GET /api/dossier-stats/communes).
 */
async function drillDown(
  deps: DossierDeps,
  ctx: RequestContext,
  input: TListQuery,
): Promise<{ items: TDossierSummary[]; total: number }> {
  const actor = ctx.actor;
  const requested = input.agencyIds ? [...new Set(input.agencyIds.toLowerCase().split(','))] : undefined;
  authorize(actor, canDrillDownStatistics, { agencyIds: requested });
  if (!input.from || !input.to) {
    throw invalid(
      'Cần có kỳ thống kê (from, to)',
      'A statistics period (from, to) is required',
      '/querystring/to',
    );
  }
  if (input.from > input.to) {
    throw invalid(
      'Ngày bắt đầu phải trước ngày kết thúc',
      '"from" must not be after "to"',
      '/querystring/from',
    );
  }
  if ((input.queue && input.queue !== 'all') || input.state) {
    throw invalid(
      'Không dùng hàng đợi hoặc trạng thái cùng với kỳ thống kê',
      'queue and state do not combine with a statistics period',
      '/querystring/queue',
    );
  }
  const all = actor.kind === 'system' || hasPermission(actor, DOSSIER_PERMISSIONS.statsAll);
  const own = actor.kind === 'official' ? [actor.agencyId] : [];
  const agencyIds = requested ?? (all ? undefined : own);
  const earlier = (a: string, b: string) => [a, b].sort()[0]!;
  const asOf = earlier(input.to, localDateOf(deps.now()));
  const end = earlier(input.to, asOf);
  const query = {
    ...(agencyIds ? { agencyIds } : {}),
    ...(input.serviceLevel !== undefined ? { serviceLevel: input.serviceLevel } : {}),
    startInstant: localInstant(input.from),
    endInstant: new Date(localInstant(end).getTime() + 86_400_000 - 1),
  };
  const rows = input.applicantCommune
    ? await listOfMapCommune(deps, ctx, { ...query, commune: input.applicantCommune })
    : await listForStatistics(deps.db, query);
  const period = { from: input.from, to: input.to, asOf };
  const figure = input.figure ?? 'to-handle';
  const matching = rows
    .filter((r) => {
      const place = placeInPeriod(toStatDossier(r), period);
      return place !== null && inFigure(place, figure);
    })
    .sort((a, b) => b.receivedAt!.getTime() - a.receivedAt!.getTime() || a.id.localeCompare(b.id));
  const offset = input.offset ?? 0;
  const page = matching.slice(offset, offset + (input.limit ?? 50)).map((r) => r.id);
  if (page.length === 0) return { items: [], total: matching.length };
  const { items } = await listDossiers(deps.db, {
    scope: { kind: 'all' },
    ids: page,
    limit: page.length,
    offset: 0,
  });
  const order = new Map(page.map((id, i) => [id, i]));
  items.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { items: items.map(presentSummary), total: matching.length };
}
