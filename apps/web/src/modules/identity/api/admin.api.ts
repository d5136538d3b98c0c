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
/** A role's name. Which roles exist is the API's role table (listRoles), not a list in the web app. */
export type RoleName = CreateOfficialBody['roles'][number];

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
