import { api, unwrap } from '../../../api/client.ts';
import type { paths } from '../../../api/openapi';
import type { QueryOf, RequestBodyOf, ResponseOf } from '../../../api/types.ts';

type Created<P extends keyof paths> = paths[P] extends {
  post: { responses: { 201: { content: { 'application/json': infer B } } } };
}
  ? B
  : never;

export type Outgoing = ResponseOf<'/api/documents/{id}', 'get'>;
export type OutgoingPage = ResponseOf<'/api/documents', 'get'>;
export type OutgoingQuery = QueryOf<'/api/documents', 'get'>;
export type CreateOutgoingBody = RequestBodyOf<'/api/documents', 'post'>;
export type Recipient = CreateOutgoingBody['recipients'][number];
export type Urgency = Outgoing['urgency'];
export type Secrecy = Outgoing['secrecy'];
export type DocumentKind = Outgoing['kind'];
export type SignBody = RequestBodyOf<'/api/documents/{id}/sign', 'post'>;
export type SignMode = NonNullable<SignBody['signMode']>;
export type IssueBody = RequestBodyOf<'/api/documents/{id}/issue', 'post'>;
export type Incoming = ResponseOf<'/api/incoming-documents/{id}', 'get'>;
export type IncomingPage = ResponseOf<'/api/incoming-documents', 'get'>;
export type Directive = Created<'/api/directives'>;
export type DirectiveBody = RequestBodyOf<'/api/directives', 'post'>;
export type DirectiveProgress = RequestBodyOf<'/api/directives/{id}/progress', 'post'>['status'];
export type Register = ResponseOf<'/api/document-registers', 'get'>['items'][number];
export type AgencyOption = ResponseOf<'/api/agencies', 'get'>['items'][number];
export type Certificate = ResponseOf<'/api/pki/my-certificates', 'get'>[number];
export type DocumentCopy = ResponseOf<'/api/documents/{id}/copies', 'get'>['items'][number];
export type CopyBody = RequestBodyOf<'/api/documents/{id}/copies', 'post'>;
export type CopyForm = CopyBody['form'];
export type StatusMessage = ResponseOf<'/api/documents/{id}/statuses', 'get'>['items'][number];
export type DirectiveStatus = NonNullable<QueryOf<'/api/directives', 'get'>['status']>;

/** Every value the API accepts, in display order; the checks fail to compile if the API adds one. */
export const URGENCIES = ['normal', 'urgent', 'top_urgent', 'flash'] as const satisfies readonly Urgency[];
export const SECRECIES = [
  'normal',
  'confidential',
  'secret',
  'top_secret',
] as const satisfies readonly Secrecy[];
export const SIGN_MODES = ['', 'KT.', 'TM.', 'TUQ.', 'TL.'] as const satisfies readonly SignMode[];
export const COPY_FORMS = ['SY', 'SL', 'TS'] as const satisfies readonly CopyForm[];
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const allUrgencies: Missing<Urgency, (typeof URGENCIES)[number]> = true;
const allSecrecies: Missing<Secrecy, (typeof SECRECIES)[number]> = true;
const allModes: Missing<SignMode, (typeof SIGN_MODES)[number]> = true;
const allForms: Missing<CopyForm, (typeof COPY_FORMS)[number]> = true;
void allForms;
void allUrgencies;
void allSecrecies;
void allModes;

/** If-Match carries the version the official saw: a concurrent change answers 412 instead of being lost. */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function listOutgoing(query: OutgoingQuery, signal?: AbortSignal): Promise<OutgoingPage> {
  return unwrap(api.GET('/api/documents', { params: { query }, signal }));
}

export function fetchOutgoing(id: string, signal?: AbortSignal): Promise<Outgoing> {
  return unwrap(api.GET('/api/documents/{id}', { params: { path: { id } }, signal }));
}

export function createOutgoing(body: CreateOutgoingBody): Promise<Outgoing> {
  return unwrap(api.POST('/api/documents', { body })) as Promise<Outgoing>;
}

export type SimpleAction = 'submit' | 'return' | 'cancel';

export function changeOutgoing(doc: Pick<Outgoing, 'id' | 'version'>, action: SimpleAction, note?: string) {
  const init = {
    params: { path: { id: doc.id } },
    body: note ? { note } : {},
    headers: ifMatch(doc.version),
  };
  if (action === 'submit') return unwrap(api.POST('/api/documents/{id}/submit', init));
  if (action === 'return') return unwrap(api.POST('/api/documents/{id}/return', init));
  return unwrap(api.POST('/api/documents/{id}/cancel', init));
}

export function signOutgoing(doc: Pick<Outgoing, 'id' | 'version'>, body: SignBody): Promise<Outgoing> {
  return unwrap(
    api.POST('/api/documents/{id}/sign', {
      params: { path: { id: doc.id } },
      body,
      headers: ifMatch(doc.version),
    }),
  );
}

export function issueOutgoing(doc: Pick<Outgoing, 'id' | 'version'>, body: IssueBody): Promise<Outgoing> {
  return unwrap(
    api.POST('/api/documents/{id}/issue', {
      params: { path: { id: doc.id } },
      body,
      headers: ifMatch(doc.version),
    }),
  );
}

export function recallOutgoing(doc: Pick<Outgoing, 'id' | 'version'>, reason: string): Promise<Outgoing> {
  return unwrap(
    api.POST('/api/documents/{id}/recall', {
      params: { path: { id: doc.id } },
      body: { reason },
      headers: ifMatch(doc.version),
    }),
  );
}

export function outgoingFileUrl(id: string): string {
  return `/api/documents/${encodeURIComponent(id)}/file`;
}

export function listIncoming(
  query: QueryOf<'/api/incoming-documents', 'get'>,
  signal?: AbortSignal,
): Promise<IncomingPage> {
  return unwrap(api.GET('/api/incoming-documents', { params: { query }, signal }));
}

export function fetchIncoming(id: string, signal?: AbortSignal): Promise<Incoming> {
  return unwrap(api.GET('/api/incoming-documents/{id}', { params: { path: { id } }, signal }));
}

export function registerIncoming(doc: Pick<Incoming, 'id' | 'version'>): Promise<Incoming> {
  return unwrap(
    api.POST('/api/incoming-documents/{id}/register', {
      params: { path: { id: doc.id } },
      headers: ifMatch(doc.version),
    }),
  );
}

export function presentIncoming(
  doc: Pick<Incoming, 'id' | 'version'>,
  leaderName: string,
): Promise<Incoming> {
  return unwrap(
    api.POST('/api/incoming-documents/{id}/present', {
      params: { path: { id: doc.id } },
      body: { leaderName },
      headers: ifMatch(doc.version),
    }),
  );
}

export function returnIncoming(doc: Pick<Incoming, 'id' | 'version'>, reason: string): Promise<Incoming> {
  return unwrap(
    api.POST('/api/incoming-documents/{id}/return', {
      params: { path: { id: doc.id } },
      body: { reason },
      headers: ifMatch(doc.version),
    }),
  );
}

export function incomingFileUrl(id: string): string {
  return `/api/incoming-documents/${encodeURIComponent(id)}/file`;
}

export async function listDirectives(incomingId: string, signal?: AbortSignal): Promise<Directive[]> {
  const list = await unwrap(api.GET('/api/directives', { params: { query: { incomingId } }, signal }));
  return list.items;
}

export function createDirective(body: DirectiveBody): Promise<Directive> {
  return unwrap(api.POST('/api/directives', { body })) as Promise<Directive>;
}

export function reportProgress(
  directive: Pick<Directive, 'id' | 'version'>,
  status: DirectiveProgress,
  note?: string,
): Promise<Directive> {
  return unwrap(
    api.POST('/api/directives/{id}/progress', {
      params: { path: { id: directive.id } },
      body: note ? { status, note } : { status },
      headers: ifMatch(directive.version),
    }),
  );
}

export async function listRegisters(year: number, signal?: AbortSignal): Promise<Register[]> {
  const list = await unwrap(api.GET('/api/document-registers', { params: { query: { year } }, signal }));
  return list.items;
}

export function registerPdfUrl(id: string): string {
  return `/api/document-registers/${encodeURIComponent(id)}/pdf`;
}

/** Recipients come from the agency directory (search by name, abbreviation or code, accents optional). */
export async function searchAgencies(q: string, signal?: AbortSignal): Promise<AgencyOption[]> {
  const page = await unwrap(
    api.GET('/api/agencies', { params: { query: { ...(q ? { q } : {}), limit: 20 } }, signal }),
  );
  return page.items;
}

/** The certificates the signed-in official may sign with (own personal ones; the agency seal for its clerk). */
export function listMyCertificates(signal?: AbortSignal): Promise<Certificate[]> {
  return unwrap(api.GET('/api/pki/my-certificates', { signal }));
}

/** What the recipients answered (01–06) and, after a recall, whether they cancelled it (15) or not (16). */
export async function listStatuses(id: string, signal?: AbortSignal): Promise<StatusMessage[]> {
  const list = await unwrap(api.GET('/api/documents/{id}/statuses', { params: { path: { id } }, signal }));
  return list.items;
}

export type CopySource = { kind: 'outgoing' | 'incoming'; id: string };

export async function listCopies(source: CopySource, signal?: AbortSignal): Promise<DocumentCopy[]> {
  const init = { params: { path: { id: source.id } }, signal };
  const list =
    source.kind === 'outgoing'
      ? await unwrap(api.GET('/api/documents/{id}/copies', init))
      : await unwrap(api.GET('/api/incoming-documents/{id}/copies', init));
  return list.items;
}

export function createCopy(source: CopySource, body: CopyBody): Promise<DocumentCopy> {
  const init = { params: { path: { id: source.id } }, body };
  return (
    source.kind === 'outgoing'
      ? unwrap(api.POST('/api/documents/{id}/copies', init))
      : unwrap(api.POST('/api/incoming-documents/{id}/copies', init))
  ) as Promise<DocumentCopy>;
}

export function copyFileUrl(id: string): string {
  return `/api/document-copies/${encodeURIComponent(id)}/file`;
}

export async function listDirectivesByStatus(
  status: DirectiveStatus,
  signal?: AbortSignal,
): Promise<Directive[]> {
  const list = await unwrap(api.GET('/api/directives', { params: { query: { status } }, signal }));
  return list.items;
}
