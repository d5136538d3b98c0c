import { api, unwrap } from '../../../api/client.ts';
import type { paths } from '../../../api/openapi';
import type { QueryOf, RequestBodyOf, ResponseOf } from '../../../api/types.ts';

type Created<P extends keyof paths> = paths[P] extends {
  post: { responses: { 201: { content: { 'application/json': infer B } } } };
}
  ? B
  : never;

export type Dossier = ResponseOf<'/api/dossiers/{id}', 'get'>;
export type DossierState = Dossier['state'];
export type DossierList = ResponseOf<'/api/dossiers', 'get'>;
export type DossierRow = DossierList['items'][number];
export type DossierQuery = QueryOf<'/api/dossiers', 'get'>;
export type Queue = NonNullable<DossierQuery['queue']>;
export type SubmitBody = RequestBodyOf<'/api/dossiers', 'post'>;
export type CounterBody = RequestBodyOf<'/api/dossiers/counter', 'post'>;
export type TransitionBody = RequestBodyOf<'/api/dossiers/{id}/transitions', 'post'>;
export type TransitionAction = TransitionBody['action'];
export type LookupResult = ResponseOf<'/api/dossier-lookup', 'get'>;
export type DocumentFile = paths['/api/dossiers/{id}/documents/{file}']['get']['parameters']['path']['file'];
export type SubmittedDossier = Created<'/api/dossiers'>;

/** Online submission. The key is made once per draft: a double click or a retry replays, never duplicates. */
export function submitDossier(body: SubmitBody, idempotencyKey: string): Promise<SubmittedDossier> {
  return unwrap(
    api.POST('/api/dossiers', { body, params: { header: { 'idempotency-key': idempotencyKey } } }),
  ) as Promise<SubmittedDossier>;
}

export function receiveAtCounter(body: CounterBody, idempotencyKey: string): Promise<SubmittedDossier> {
  return unwrap(
    api.POST('/api/dossiers/counter', { body, params: { header: { 'idempotency-key': idempotencyKey } } }),
  ) as Promise<SubmittedDossier>;
}

export function listDossiers(query: DossierQuery, signal?: AbortSignal): Promise<DossierList> {
  return unwrap(api.GET('/api/dossiers', { params: { query }, signal }));
}

export function fetchDossier(id: string, signal?: AbortSignal): Promise<Dossier> {
  return unwrap(api.GET('/api/dossiers/{id}', { params: { path: { id } }, signal }));
}

/** If-Match carries the version the official saw: a concurrent change answers 412 instead of being lost. */
export function transitionDossier(
  dossier: Pick<Dossier, 'id' | 'version'>,
  body: TransitionBody,
): Promise<Dossier> {
  return unwrap(
    api.POST('/api/dossiers/{id}/transitions', {
      params: { path: { id: dossier.id } },
      body,
      headers: { 'if-match': `"${dossier.version}"` },
    }),
  );
}

export function lookupDossier(code: string, phone: string, signal?: AbortSignal): Promise<LookupResult> {
  return unwrap(api.GET('/api/dossier-lookup', { params: { query: { code, phone } }, signal }));
}

export function rateDossier(id: string, rating: number, comment?: string): Promise<Dossier> {
  return unwrap(
    api.POST('/api/dossiers/{id}/rating', {
      params: { path: { id } },
      body: comment ? { rating, comment } : { rating },
    }),
  );
}

export function documentUrl(id: string, file: DocumentFile): string {
  return `/api/dossiers/${encodeURIComponent(id)}/documents/${file}`;
}
