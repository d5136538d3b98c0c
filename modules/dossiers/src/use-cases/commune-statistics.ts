import { localDateOf, localInstant } from '@openprovince/calendar';
import { loadGeographyTimeline } from '@openprovince/geography';
import { AppError, authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import {
  DOSSIER_PERMISSIONS,
  type TCommuneStatsQuery,
  type TCommuneStatsResult,
} from '../contracts/index.ts';
import type { DossierDeps } from '../deps.ts';
import { MAP_DATE, mapCommuneResolver } from '../domain/applicant-communes.ts';
import { toStatDossier } from '../domain/stat-dossier.ts';
import {
  countDossier,
  emptyFigures,
  finishFigures,
  placeInPeriod,
  type StatFigures,
} from '../domain/statistics.ts';
import { canReadStatistics } from '../policies.ts';
import { listForStatistics } from '../repositories/dossier.repository.ts';

/**
 * The figures of Circular 01/2018 by the commune where the applicants live, summed into the communes of
 * today's map (a former commune's dossiers go to the commune it was merged into). The scope is that of
 * GET /api/dossier-stats: one's own agency, or with dossiers:stats-all any agency and by default all of
 * them — so a department's leader sees where the people his department serves come from.
 */
export async function communeStatistics(
  deps: DossierDeps,
  ctx: RequestContext,
  input: TCommuneStatsQuery,
): Promise<TCommuneStatsResult> {
  const actor = ctx.actor;
  const requested = input.agencyIds ? [...new Set(input.agencyIds.toLowerCase().split(','))] : undefined;
  const agencyIds =
    requested ??
    (actor.kind === 'official' && !hasPermission(actor, DOSSIER_PERMISSIONS.statsAll)
      ? [actor.agencyId]
      : undefined);
  for (const agencyId of agencyIds ?? [undefined]) authorize(actor, canReadStatistics, { agencyId });
  if (input.from > input.to) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Ngày bắt đầu phải trước ngày kết thúc',
      detailEn: '"from" must not be after "to"',
      errors: [
        {
          path: '/querystring/from',
          message: 'Ngày bắt đầu phải trước ngày kết thúc',
          messageEn: '"from" must not be after "to"',
        },
      ],
    });
  }
  // The earlier of two ISO dates (strings compare in date order).
  const earlier = (a: string, b: string) => [a, b].sort()[0]!;
  const asOf = earlier(input.to, localDateOf(deps.now()));
  const end = earlier(input.to, asOf);
  const [rows, timeline] = await Promise.all([
    listForStatistics(deps.db, {
      ...(agencyIds ? { agencyIds } : {}),
      ...(input.serviceLevel !== undefined ? { serviceLevel: input.serviceLevel } : {}),
      startInstant: localInstant(input.from),
      endInstant: new Date(localInstant(end).getTime() + 86_400_000 - 1),
    }),
    loadGeographyTimeline(deps.db, ctx),
  ]);
  const mapCommuneOf = mapCommuneResolver(timeline, MAP_DATE);
  const period = { from: input.from, to: input.to, asOf };
  const _date = (d: Date | null) => (d ? localDateOf(d) : null);
  const communes = new Map<
    string,
    {
      figures: StatFigures;
      name: string;
      nameEn: string;
      given: Map<string, { code: string; name: string; nameEn: string }>;
    }
  >();
  let located = 0;
  let unlocated = 0;
  for (const r of rows) {
    const d = toStatDossier(r);
    if (!placeInPeriod(d, period)) continue;
    const found = mapCommuneOf({ code: r.applicantCommuneCode, date: localDateOf(r.submittedAt) });
    if (!found) {
      unlocated++;
      continue;
    }
    located++;
    let c = communes.get(found.commune.code);
    if (!c) {
      c = {
        figures: emptyFigures(),
        name: found.commune.fullName,
        nameEn: found.commune.fullNameEn,
        given: new Map(),
      };
      communes.set(found.commune.code, c);
    }
    // Codes are reused (29242 was Phường 3 before it was Phường Trà Vinh): one entry per unit version.
    c.given.set(`${found.given.code}@${found.given.validFrom}`, {
      code: found.given.code,
      name: found.given.fullName,
      nameEn: found.given.fullNameEn,
    });
    countDossier(c.figures, d, period);
  }
  return {
    from: input.from,
    to: input.to,
    asOf,
    mapDate: MAP_DATE,
    located,
    unlocated,
    communes: [...communes.entries()]
      .map(([code, c]) => ({
        code,
        name: c.name,
        nameEn: c.nameEn,
        applicantCommunes: [...c.given.values()].sort((a, b) =>
          a.name.localeCompare(b.name, 'vi', { numeric: true }),
        ),
        figures: finishFigures(c.figures),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true })),
  };
}
