import { api, unwrap } from '../../../api/client.ts';
import type { ResponseOf } from '../../../api/types.ts';

export type CommuneUnit = ResponseOf<'/api/geography/units', 'get'>['items'][number];

/**
 * The communes (xã, phường, thị trấn) in force today: what an applicant's commune may be when a dossier is
 * received now (the API checks the same list on the day of filing).
 */
export function fetchCommunesInForce(signal?: AbortSignal): Promise<CommuneUnit[]> {
  return unwrap(api.GET('/api/geography/units', { params: { query: { level: 'commune' } }, signal })).then(
    (r) => r.items,
  );
}
