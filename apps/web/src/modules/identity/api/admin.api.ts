import { api, unwrap } from '../../../api/client.ts';
import type { QueryOf, RequestBodyOf, ResponseOf } from '../../../api/types.ts';
import type { Agency } from './agencies.api.ts';

export type Official = ResponseOf<'/api/officials/{id}', 'get'>;
export type OfficialPage = ResponseOf<'/api/officials', 'get'>;
export type OfficialQuery = QueryOf<'/api/officials', 'get'>;
export type CreateOfficialBody = RequestBodyOf<'/api/officials', 'post'>;
export type UpdateOfficialBody = RequestBodyOf<'/api/officials/{id}', 'patch'>;
export type CreateAgencyBody = RequestBodyOf<'/api/agencies', 'post'>;
export type UpdateAgencyBody = RequestBodyOf<'/api/agencies/{id}', 'patch'>;
export type RoleList = ResponseOf<'/api/roles', 'get'>;
export type PlatformRole = RoleList['items'][number];
export type RoleName = CreateOfficialBody['roles'][number];

/** Every role the API accepts, in the order the platform lists them; fails to compile if one is added. */
export const ROLE_NAMES = [
  'system_admin',
  'agency_admin',
  'one_stop_officer',
  'specialist',
  'leader',
  'clerk',
  'certificate_officer',
  'auditor',
  'portal_editor',
] as const satisfies readonly RoleName[];
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const allRolesListed: Missing<RoleName, (typeof ROLE_NAMES)[number]> = true;
void allRolesListed;

/** If-Match carries the version the administrator saw: a concurrent change answers 412 instead of being lost. */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function createAgency(body: CreateAgencyBody): Promise<Agency> {
  return unwrap(api.POST('/api/agencies', { body })) as Promise<Agency>;
}

export function updateAgency(
  agency: Pick<Agency, 'id' | 'version'>,
  body: UpdateAgencyBody,
): Promise<Agency> {
  return unwrap(
    api.PATCH('/api/agencies/{id}', {
      params: { path: { id: agency.id } },
      body,
      headers: ifMatch(agency.version),
    }),
  );
}

export function listOfficials(query: OfficialQuery, signal?: AbortSignal): Promise<OfficialPage> {
  return unwrap(api.GET('/api/officials', { params: { query }, signal }));
}

export function getOfficial(id: string, signal?: AbortSignal): Promise<Official> {
  return unwrap(api.GET('/api/officials/{id}', { params: { path: { id } }, signal }));
}

export function createOfficial(body: CreateOfficialBody): Promise<Official> {
  return unwrap(api.POST('/api/officials', { body })) as Promise<Official>;
}

export function updateOfficial(
  official: Pick<Official, 'id' | 'version'>,
  body: UpdateOfficialBody,
): Promise<Official> {
  return unwrap(
    api.PATCH('/api/officials/{id}', {
      params: { path: { id: official.id } },
      body,
      headers: ifMatch(official.version),
    }),
  );
}

/** An administrator sets a new password; every session of the account ends (the API revokes them). */
export async function resetOfficialPassword(id: string, newPassword: string): Promise<void> {
  await unwrap(api.PUT('/api/officials/{id}/password', { params: { path: { id } }, body: { newPassword } }));
}

export function listRoles(signal?: AbortSignal): Promise<RoleList> {
  return unwrap(api.GET('/api/roles', { signal }));
}
