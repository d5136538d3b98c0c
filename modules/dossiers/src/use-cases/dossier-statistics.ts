import { AppError, authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import { DOSSIER_PERMISSIONS, type TStatsQuery, type TStatsResult } from '../contracts/index.ts';
import type { DossierDeps } from '../deps.ts';
import { canReadStatistics } from '../policies.ts';
import { countDossierFigures } from '../statistics.ts';

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

/**
 * Circular 01/2018 figures per agency, procedure and service level, for a period, as known at `asOf`:
 * the caller's scope decided here, the counting done by the module's statistics source (statistics.ts).
 */
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
  if (input.from > input.to) {
    throw AppError.forField({
      path: '/querystring/from',
      message: 'Ngày bắt đầu phải trước ngày kết thúc',
      messageEn: '"from" must not be after "to"',
    });
  }
  const { asOf, total, rows } = await countDossierFigures(deps, {
    period: { from: input.from, to: input.to, ...(input.asOf ? { asOf: input.asOf } : {}) },
    ...(agencyId ? { agencyIds: [agencyId] } : {}),
    ...(input.procedureId ? { procedureId: input.procedureId } : {}),
    ...(input.serviceLevel !== undefined ? { serviceLevel: input.serviceLevel } : {}),
  });
  return { from: input.from, to: input.to, asOf, definitions: STATISTICS_DEFINITIONS, total, rows };
}
