import { api, unwrap } from '../../../api/client.ts';
import type { QueryOf, ResponseOf } from '../../../api/types.ts';

export type Agency = ResponseOf<'/api/agencies/{id}', 'get'>;
export type AgencyPage = ResponseOf<'/api/agencies', 'get'>;
export type AgencyQuery = QueryOf<'/api/agencies', 'get'>;
export type AgencyKind = Agency['kind'];
export type AgencyLevel = Agency['level'];

/** Every value the API accepts, in display order. The checks below fail to compile if the API adds one. */
export const AGENCY_LEVELS = ['province', 'district', 'commune'] as const satisfies readonly AgencyLevel[];
export const AGENCY_KINDS = [
  'people_committee',
  'people_council',
  'committee_office',
  'department',
  'party',
  'mass_organisation',
  'public_service_unit',
  'division',
] as const satisfies readonly AgencyKind[];

type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const allLevelsListed: Missing<AgencyLevel, (typeof AGENCY_LEVELS)[number]> = true;
const allKindsListed: Missing<AgencyKind, (typeof AGENCY_KINDS)[number]> = true;
void allLevelsListed;
void allKindsListed;

export function listAgencies(query: AgencyQuery, signal?: AbortSignal): Promise<AgencyPage> {
  return unwrap(api.GET('/api/agencies', { params: { query }, signal }));
}

export function getAgency(id: string, signal?: AbortSignal): Promise<Agency> {
  return unwrap(api.GET('/api/agencies/{id}', { params: { path: { id } }, signal }));
}
