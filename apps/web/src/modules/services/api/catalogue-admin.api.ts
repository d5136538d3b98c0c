import { api, unwrap } from '../../../api/client.ts';
import type { QueryOf, RequestBodyOf, ResponseOf } from '../../../api/types.ts';
import type { Procedure } from './procedures.api.ts';

export type CreateProcedureBody = RequestBodyOf<'/api/procedures', 'post'>;
export type UpdateProcedureBody = RequestBodyOf<'/api/procedures/{id}', 'patch'>;
export type ServiceLevelBody = RequestBodyOf<'/api/procedures/{id}/service-levels', 'put'>;
export type ServiceLevelStats = ResponseOf<'/api/procedures/stats', 'get'>;
export type ProcedureField = ResponseOf<'/api/procedure-fields', 'get'>['items'][number];
export type AgencyOption = ResponseOf<'/api/agencies', 'get'>['items'][number];
export type ImplementingLevel = CreateProcedureBody['implementingLevel'];
export type ResultType = CreateProcedureBody['resultType'];
export type TimeLimitUnit = CreateProcedureBody['timeLimit']['unit'];
export type Scheme = ServiceLevelBody['scheme'];
export type LevelValue = ServiceLevelBody['level'];
export type ComponentInput = NonNullable<CreateProcedureBody['components']>[number];
export type FeeLine = NonNullable<CreateProcedureBody['fees']>[number];

/** Every value the API accepts, in display order; the checks fail to compile if the API adds one. */
export const IMPLEMENTING_LEVELS = [
  'province',
  'district',
  'commune',
] as const satisfies readonly ImplementingLevel[];
export const RESULT_TYPES = [
  'licence',
  'certificate',
  'registration',
  'decision',
  'attestation',
  'written_reply',
  'other',
] as const satisfies readonly ResultType[];
export const TIME_LIMIT_UNITS = [
  'working_days',
  'calendar_days',
  'working_hours',
] as const satisfies readonly TimeLimitUnit[];
export const DECREE43_LEVELS = ['1', '2', '3', '4'] as const satisfies readonly LevelValue[];
export const DECREE42_MODES = ['full', 'partial'] as const satisfies readonly LevelValue[];
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const allLevels: Missing<ImplementingLevel, (typeof IMPLEMENTING_LEVELS)[number]> = true;
const allResults: Missing<ResultType, (typeof RESULT_TYPES)[number]> = true;
const allUnits: Missing<TimeLimitUnit, (typeof TIME_LIMIT_UNITS)[number]> = true;
const allValues: Missing<LevelValue, (typeof DECREE43_LEVELS)[number] | (typeof DECREE42_MODES)[number]> =
  true;
void allLevels;
void allResults;
void allUnits;
void allValues;

/** If-Match carries the version the official saw: a concurrent change answers 412 instead of being lost. */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function createProcedure(body: CreateProcedureBody): Promise<Procedure> {
  return unwrap(api.POST('/api/procedures', { body })) as Promise<Procedure>;
}

export function updateProcedure(
  procedure: Pick<Procedure, 'id' | 'version'>,
  body: UpdateProcedureBody,
): Promise<Procedure> {
  return unwrap(
    api.PATCH('/api/procedures/{id}', {
      params: { path: { id: procedure.id } },
      body,
      headers: ifMatch(procedure.version),
    }),
  );
}

export function setServiceLevel(
  procedure: Pick<Procedure, 'id' | 'version'>,
  body: ServiceLevelBody,
): Promise<Procedure> {
  return unwrap(
    api.PUT('/api/procedures/{id}/service-levels', {
      params: { path: { id: procedure.id } },
      body,
      headers: ifMatch(procedure.version),
    }),
  );
}

export function retireProcedure(
  procedure: Pick<Procedure, 'id' | 'version'>,
  validTo: string,
): Promise<Procedure> {
  return unwrap(
    api.POST('/api/procedures/{id}/retire', {
      params: { path: { id: procedure.id } },
      body: { validTo },
      headers: ifMatch(procedure.version),
    }),
  );
}

export function fetchServiceLevelStats(
  query: QueryOf<'/api/procedures/stats', 'get'>,
  signal?: AbortSignal,
): Promise<ServiceLevelStats> {
  return unwrap(api.GET('/api/procedures/stats', { params: { query }, signal }));
}

export async function listProcedureFields(signal?: AbortSignal): Promise<ProcedureField[]> {
  return (await unwrap(api.GET('/api/procedure-fields', { signal }))).items;
}
