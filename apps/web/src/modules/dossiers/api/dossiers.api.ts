import { api, unwrap } from '../../../api/client.ts';
import type { paths } from '../../../api/openapi';
import type { FormBodyOf, QueryOf, RequestBodyOf, ResponseOf } from '../../../api/types.ts';
import { uploadForm } from '../../../api/upload.ts';

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

export type Attachment = Dossier['attachments'][number];

/** The component key of the result file an official attaches before returning (the API's RESULT_COMPONENT_KEY). */
export const RESULT_COMPONENT_KEY = 'ket-qua';

/** One file, sent as multipart/form-data (the component, then the file); the API checks the type by content. */
export function uploadAttachment(
  id: string,
  input: { componentKey?: string; file: File },
): Promise<Attachment> {
  const form = uploadForm({ componentKey: input.componentKey }, input.file, input.file.name);
  return unwrap(
    api.POST('/api/dossiers/{id}/attachments', {
      params: { path: { id } },
      // openapi-fetch sends a FormData as it is; the type is the form the API documents.
      body: form as unknown as FormBodyOf<'/api/dossiers/{id}/attachments', 'post'>,
    }),
  ) as Promise<Attachment>;
}

export function attachmentUrl(dossierId: string, attachmentId: string): string {
  return `/api/dossiers/${encodeURIComponent(dossierId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function paymentQrUrl(dossierId: string): string {
  return `/api/dossiers/${encodeURIComponent(dossierId)}/payment-qr.png`;
}

/** Demo only: the local gateway simulator pays the intent (the route exists only when PAYMENT_SIMULATOR is on). */
export async function payWithSimulator(intentId: string): Promise<void> {
  await unwrap(
    api.POST('/api/payments/simulator/{intentId}/pay', { params: { path: { intentId } }, body: {} }),
  );
}

/** A File's bytes as base64, for a return's result file (sent inside the transition's JSON, ADR 0009). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
