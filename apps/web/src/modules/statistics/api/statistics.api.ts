import { api, unwrap } from '../../../api/client.ts';
import type { QueryOf, RequestBodyOf, ResponseOf } from '../../../api/types.ts';

export type DossierStats = ResponseOf<'/api/dossier-stats', 'get'>;
export type StatsQuery = QueryOf<'/api/dossier-stats', 'get'>;
export type StatFigures = DossierStats['total'];
export type StatRow = DossierStats['rows'][number];
export type Boundaries = ResponseOf<'/api/geography/boundaries', 'get'>;
export type DocumentStats = ResponseOf<'/api/document-stats', 'get'>;
export type DrillQuery = QueryOf<'/api/dossiers', 'get'>;
export type DrillFigure = NonNullable<DrillQuery['figure']>;
export type DossierList = ResponseOf<'/api/dossiers', 'get'>;
export type CommuneStats = ResponseOf<'/api/dossier-stats/communes', 'get'>;
export type CommuneStatsQuery = QueryOf<'/api/dossier-stats/communes', 'get'>;

export function fetchDossierStats(query: StatsQuery, signal?: AbortSignal): Promise<DossierStats> {
  return unwrap(api.GET('/api/dossier-stats', { params: { query }, signal }));
}

/** Years with dossiers in the caller's statistics scope, latest first. */
export function fetchStatYears(agencyId: string | undefined, signal?: AbortSignal): Promise<number[]> {
  return unwrap(
    api.GET('/api/dossier-stats/years', { params: { query: agencyId ? { agencyId } : {} }, signal }),
  ).then((r) => r.years);
}

export function fetchBoundaries(signal?: AbortSignal): Promise<Boundaries> {
  return unwrap(api.GET('/api/geography/boundaries', { signal }));
}

export function fetchDocumentStats(
  query: { from: string; to: string; agencyId?: string },
  signal?: AbortSignal,
): Promise<DocumentStats> {
  return unwrap(api.GET('/api/document-stats', { params: { query }, signal }));
}

/** The dossiers behind a statistics figure (GET /api/dossiers drill-down). */
export function fetchDrillDown(query: DrillQuery, signal?: AbortSignal): Promise<DossierList> {
  return unwrap(api.GET('/api/dossiers', { params: { query }, signal }));
}

/**
 * The figures by the commune where the applicants live, summed into today's communes (the map), in the
 * caller's statistics scope or for the given agencies.
 */
export function fetchCommuneStats(query: CommuneStatsQuery, signal?: AbortSignal): Promise<CommuneStats> {
  return unwrap(api.GET('/api/dossier-stats/communes', { params: { query }, signal }));
}

export type WorkbookBody = RequestBodyOf<'/api/dossier-stats/workbook', 'post'>;
export type WorkbookSheet = WorkbookBody['sheets'][number];
export type WorkbookCell = WorkbookSheet['rows'][number][number];

/**
 * The dashboard's tables as an Excel workbook: the server writes them with exceljs (the registers package),
 * the browser offers the file as a download under `fileName`.
 */
export async function downloadStatisticsWorkbook(body: WorkbookBody): Promise<void> {
  const blob = await unwrap(api.POST('/api/dossier-stats/workbook', { body, parseAs: 'blob' }));
  const url = URL.createObjectURL(blob as Blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = body.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
