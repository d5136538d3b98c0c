import { localDateOf, localInstant } from '@openprovince/calendar';
import { AppError, authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import { DOSSIER_PERMISSIONS, type TStatsQuery, type TStatsResult } from '../contracts/index.ts';
import type { Channel } from '../contracts/states.ts';
import type { DossierDeps } from '../dossier-deps.ts';
import { canReadStatistics } from '../policies.ts';
import { listForStatistics } from '../repositories/dossier.repository.ts';
import {
  countDossier,
  emptyFigures,
  finishFigures,
  type StatDossier,
  type StatFigures,
} from '../workflow/statistics.ts';

export const STATISTICS_DEFINITIONS =
  'Thông tư 01/2018/TT-VPCP (domain.md §5.1): so sánh theo ngày; kỳ trước chuyển sang = tiếp nhận trước kỳ, chưa xong đầu kỳ; ' +
  'trước hạn: ngày xong < ngày hẹn; đúng hạn: bằng ngày hẹn, không có hạn, hoặc dừng xử lý; quá hạn: sau ngày hẹn; ' +
  'đang giải quyết trong hạn: ngày hẹn ≥ cuối kỳ; tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết; ' +
  'tỷ lệ trực tuyến = tiếp nhận trực tuyến / tổng tiếp nhận.';

/** Circular 01/2018 figures per agency, procedure and service level, for a period, as known at `asOf`. */
export async function dossierStatistics(
  deps: DossierDeps,
  ctx: RequestContext,
  input: TStatsQuery,
): Promise<TStatsResult> {
  const actor = ctx.actor;
  // Without an agency: the whole province for stats-all, one's own agency otherwise.
  const agencyId =
    input.agencyId ??
    (actor.kind === 'official' && !hasPermission(actor, DOSSIER_PERMISSIONS.statsAll)
      ? actor.agencyId
      : undefined);
  authorize(actor, canReadStatistics, { agencyId });
  // The earlier of two ISO dates (strings compare in date order; Math.min would not apply).
  const earlier = (a: string, b: string) => [a, b].sort()[0]!;
  const asOf = input.asOf ?? earlier(input.to, localDateOf(deps.now()));
  if (input.from > input.to) {
    throw AppError.forField({
      path: '/querystring/from',
      message: 'Ngày bắt đầu phải trước ngày kết thúc',
      messageEn: '"from" must not be after "to"',
    });
  }
  const end = earlier(input.to, asOf);
  const rows = await listForStatistics(deps.db, {
    ...(agencyId ? { agencyId } : {}),
    ...(input.procedureId ? { procedureId: input.procedureId } : {}),
    ...(input.serviceLevel !== undefined ? { serviceLevel: input.serviceLevel } : {}),
    startInstant: localInstant(input.from),
    endInstant: new Date(localInstant(end).getTime() + 86_400_000 - 1),
  });
  const period = { from: input.from, to: input.to, asOf };
  const total = emptyFigures();
  const groups = new Map<
    string,
    {
      agencyId: string;
      procedureId: string;
      procedureName: string;
      serviceLevel: number | null;
      figures: StatFigures;
    }
  >();
  const date = (d: Date | null) => (d ? localDateOf(d) : null);
  for (const r of rows) {
    const d: StatDossier = {
      channel: r.channel as Channel,
      receivedDate: localDateOf(r.receivedAt!),
      dueDate: date(r.dueAt),
      finishedDate: date(r.finishedAt),
      finishedAs: r.finishedAt ? (r.state === 'stopped' ? 'stopped' : 'processed') : null,
      withdrawnDate: date(r.withdrawnAt),
      rating: r.rating,
      ratedDate: date(r.ratedAt),
    };
    const key = `${r.agencyId}|${r.procedureId}|${r.serviceLevel ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        agencyId: r.agencyId,
        procedureId: r.procedureId,
        procedureName: r.procedureName,
        serviceLevel: r.serviceLevel,
        figures: emptyFigures(),
      };
      groups.set(key, g);
    }
    countDossier(g.figures, d, period);
    countDossier(total, d, period);
  }
  const out = [...groups.values()]
    .map((g) => ({ ...g, figures: finishFigures(g.figures) }))
    .filter((g) => g.figures.totalToHandle > 0)
    .sort((a, b) => a.procedureName.localeCompare(b.procedureName, 'vi'));
  return {
    from: input.from,
    to: input.to,
    asOf,
    definitions: STATISTICS_DEFINITIONS,
    total: finishFigures(total),
    rows: out,
  };
}
