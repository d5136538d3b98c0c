import { api, unwrap } from '../../../api/client.ts';
import type { QueryOf, ResponseOf } from '../../../api/types.ts';

export type DossierStats = ResponseOf<'/api/dossier-stats', 'get'>;
export type StatsQuery = QueryOf<'/api/dossier-stats', 'get'>;
export type StatFigures = DossierStats['total'];
export type StatRow = DossierStats['rows'][number];
export type Boundaries = ResponseOf<'/api/geography/boundaries', 'get'>;

export function fetchDossierStats(query: StatsQuery, signal?: AbortSignal): Promise<DossierStats> {
  return unwrap(api.GET('/api/dossier-stats', { params: { query }, signal }));
}

export function fetchBoundaries(signal?: AbortSignal): Promise<Boundaries> {
  return unwrap(api.GET('/api/geography/boundaries', { signal }));
}
