import { localDateOf, localInstant } from '@openprovince/calendar';
import { AppError, authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import { DOSSIER_PERMISSIONS, type TStatsQuery, type TStatsResult } from '../contracts/index.ts';
import type { DossierDeps } from '../deps.ts';
import { toStatDossier } from '../domain/stat-dossier.ts';
import { countDossier, emptyFigures, finishFigures, type StatFigures } from '../domain/statistics.ts';
import { canReadStatistics } from '../policies.ts';
import { listForStatistics } from '../repositories/dossier.repository.ts';

/**
 * How the figures are counted, in the words a leader reads under the table: the rules of Circular
 * 01/2018/TT-VPCP (guiding Decree 61/2018 on the one-stop mechanism) as this module applies them.
 */
export const STATISTICS_DEFINITIONS =
  'Cách tính theo Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ, so sánh theo ngày: ' +
  'hồ sơ kỳ trước chuyển sang là hồ sơ tiếp nhận trước kỳ mà chưa giải quyết xong khi kỳ bắt đầu; ' +
  'giải quyết trước hạn là xong trước ngày hẹn trả; đúng hạn là xong đúng ngày hẹn trả, hồ sơ không có thời hạn ' +
  'hoặc dừng giải quyết; quá hạn là xong sau ngày hẹn trả; đang giải quyết trong hạn là ngày hẹn trả chưa qua ' +
  'vào cuối kỳ, hoặc hồ sơ đang chờ công dân bổ sung (thời gian chờ không tính); ' +
  'tỷ lệ đúng hạn = (trước hạn + đúng hạn) / số đã giải quyết; ' +
  'tỷ lệ trực tuyến = số tiếp nhận trực tuyến / tổng số tiếp nhận.';

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
  for (const r of rows) {
    const d = toStatDossier(r);
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
