import { AppError, authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import type { TStats } from '../contracts/index.ts';
import { DOCUMENT_PERMISSIONS } from '../contracts/permissions.ts';
import type { DocumentDeps } from '../deps.ts';
import { canSeeStats } from '../policies.ts';
import { countDocumentFigures } from '../statistics.ts';

/**
 * Figures of an agency over a period [from, to] (dates inclusive, Vietnam time): documents issued,
 * signed personally and by the organisation and the signed share (the report's "78,54% văn bản được ký
 * số"), incoming documents by channel, directives finished on time / late and still open past due.
 * Without an agency: one's own, or the whole province for an official with documents:stats-all (who may
 * also name any agency).
 */
export async function documentStatistics(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { agencyId?: string; from: string; to: string },
): Promise<TStats> {
  const actor = ctx.actor;
  const all = actor.kind === 'system' || hasPermission(actor, DOCUMENT_PERMISSIONS.statsAll);
  const agencyId = input.agencyId ?? (all ? null : actor.kind === 'official' ? actor.agencyId : undefined);
  if (agencyId === undefined)
    throw AppError.forField({
      path: '/querystring/agencyId',
      message: 'Cần chọn cơ quan',
      messageEn: 'An agency is required',
    });
  if (!all) authorize(actor, canSeeStats, { agencyId: agencyId ?? '' });
  if (input.to < input.from) {
    throw AppError.forField({
      path: '/querystring/to',
      message: 'Ngày cuối của khoảng thời gian phải sau ngày đầu',
      messageEn: 'The end of the period must not be before its start',
    });
  }
  const figures = await countDocumentFigures(deps, {
    period: { from: input.from, to: input.to },
    ...(agencyId ? { agencyIds: [agencyId] } : {}),
  });
  return { agencyId, from: input.from, to: input.to, ...figures };
}
