import { localDateOf } from '@openprovince/calendar';
import { loadGeographyTimeline, unitAt } from '@openprovince/geography';
import { AppError, type RequestContext } from '@openprovince/platform';
import type { DossierDeps } from '../deps.ts';
import { MAP_DATE, mapCommuneResolver } from '../domain/applicant-communes.ts';
import { listForStatistics } from '../repositories/dossier.repository.ts';

/**
 * The dossiers that can count in a statistics period whose applicant lives in `commune` (a commune of the
 * map) or in a former commune merged into it: the commune map's drill-down. 400 when the code is not a
 * commune of the map.
 */
export async function listOfMapCommune(
  deps: DossierDeps,
  ctx: RequestContext,
  input: Parameters<typeof listForStatistics>[1] & { commune: string },
) {
  const { commune, ...query } = input;
  const [timeline, rows] = await Promise.all([
    loadGeographyTimeline(deps.db, ctx),
    listForStatistics(deps.db, query),
  ]);
  if (unitAt(timeline, commune, MAP_DATE)?.level !== 'commune') {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Không có xã, phường này trên bản đồ',
      detailEn: 'No such commune on the map',
      errors: [
        {
          path: '/querystring/applicantCommune',
          message: 'Không có xã, phường này trên bản đồ',
          messageEn: 'Not a commune of the map',
        },
      ],
    });
  }
  const mapCommuneOf = mapCommuneResolver(timeline, MAP_DATE);
  return rows.filter(
    (r) =>
      mapCommuneOf({ code: r.applicantCommuneCode, date: localDateOf(r.submittedAt) })?.commune.code ===
      commune,
  );
}
