import { api, unwrap } from '../../../api/client.ts';
import type { QueryOf, ResponseOf } from '../../../api/types.ts';

export type ProcedureList = ResponseOf<'/api/procedures', 'get'>;
export type ProcedureSummary = ProcedureList['items'][number];
export type ProcedureQuery = QueryOf<'/api/procedures', 'get'>;
export type Procedure = ResponseOf<'/api/procedures/{idOrCode}', 'get'>;
export type TimeLimit = Procedure['timeLimit'];
export type ServiceLevel = NonNullable<Procedure['serviceLevel']>['level'];

/** Accent-free search: the API folds Vietnamese diacritics on both sides ("dang ky" finds "Đăng ký"). */
export function searchProcedures(query: ProcedureQuery, signal?: AbortSignal): Promise<ProcedureList> {
  return unwrap(api.GET('/api/procedures', { params: { query }, signal }));
}

export function fetchProcedure(idOrCode: string, signal?: AbortSignal): Promise<Procedure> {
  return unwrap(api.GET('/api/procedures/{idOrCode}', { params: { path: { idOrCode } }, signal }));
}
