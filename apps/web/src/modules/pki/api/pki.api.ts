import { api, unwrap } from '../../../api/client.ts';
import type { paths } from '../../../api/openapi';
import type { QueryOf, RequestBodyOf, ResponseOf } from '../../../api/types.ts';

type Created<P extends keyof paths> = paths[P] extends {
  post: { responses: { 201: { content: { 'application/json': infer B } } } };
}
  ? B
  : never;

export type CertificateRequest = Created<'/api/pki/requests'>;
export type RequestBody = RequestBodyOf<'/api/pki/requests', 'post'>;
export type RequestQuery = QueryOf<'/api/pki/requests', 'get'>;
export type Certificate = ResponseOf<'/api/pki/certificates/{id}', 'get'>;
export type CertificateQuery = QueryOf<'/api/pki/certificates', 'get'>;
export type CertificateStats = ResponseOf<'/api/pki/stats', 'get'>;
export type RevocationReason = RequestBodyOf<'/api/pki/certificates/{id}/revoke', 'post'>['reason'];
export type CertificateKind = Certificate['kind'];
export type CertificateMedium = Certificate['medium'];
export type CertificateStatus = Certificate['status'];
export type RequestStatus = CertificateRequest['status'];
export type VerificationReport = ResponseOf<'/api/pki/verify', 'post'>;
export type SignatureReport = VerificationReport['signatures'][number];
export type OfficialOption = ResponseOf<'/api/officials', 'get'>['items'][number];

/** Every value the API accepts, in display order; the checks fail to compile if the API adds one. */
export const CERTIFICATE_STATUSES = [
  'active',
  'suspended',
  'revoked',
] as const satisfies readonly CertificateStatus[];
export const REQUEST_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'issued',
] as const satisfies readonly RequestStatus[];
export const KINDS = ['personal', 'organisation'] as const satisfies readonly CertificateKind[];
export const MEDIA = ['usb_token', 'sim_pki'] as const satisfies readonly CertificateMedium[];
export const REVOCATION_REASONS = [
  'keyCompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'unspecified',
] as const satisfies readonly RevocationReason[];
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const c1: Missing<CertificateStatus, (typeof CERTIFICATE_STATUSES)[number]> = true;
const c2: Missing<RequestStatus, (typeof REQUEST_STATUSES)[number]> = true;
const c3: Missing<CertificateKind, (typeof KINDS)[number]> = true;
const c4: Missing<CertificateMedium, (typeof MEDIA)[number]> = true;
const c5: Missing<RevocationReason, (typeof REVOCATION_REASONS)[number]> = true;
void [c1, c2, c3, c4, c5];

export function listRequests(query: RequestQuery, signal?: AbortSignal): Promise<CertificateRequest[]> {
  return unwrap(api.GET('/api/pki/requests', { params: { query }, signal })) as Promise<CertificateRequest[]>;
}

export function createRequest(body: RequestBody): Promise<CertificateRequest> {
  return unwrap(api.POST('/api/pki/requests', { body })) as Promise<CertificateRequest>;
}

export function decideRequest(id: string, approve: boolean, note?: string): Promise<CertificateRequest> {
  return unwrap(
    api.POST('/api/pki/requests/{id}/decision', {
      params: { path: { id } },
      body: { approve, ...(note ? { note } : {}) },
    }),
  ) as Promise<CertificateRequest>;
}

export function issueRequest(id: string): Promise<Certificate> {
  return unwrap(
    api.POST('/api/pki/requests/{id}/issue', { params: { path: { id } } }),
  ) as Promise<Certificate>;
}

export function listCertificates(query: CertificateQuery, signal?: AbortSignal): Promise<Certificate[]> {
  return unwrap(api.GET('/api/pki/certificates', { params: { query }, signal }));
}

export function fetchCertificate(id: string, signal?: AbortSignal): Promise<Certificate> {
  return unwrap(api.GET('/api/pki/certificates/{id}', { params: { path: { id } }, signal }));
}

export type StatusAction = 'suspend' | 'resume';

export function changeStatus(id: string, action: StatusAction): Promise<Certificate> {
  const init = { params: { path: { id } } };
  return action === 'suspend'
    ? unwrap(api.POST('/api/pki/certificates/{id}/suspend', init))
    : unwrap(api.POST('/api/pki/certificates/{id}/resume', init));
}

export function revokeCertificate(id: string, reason: RevocationReason): Promise<Certificate> {
  return unwrap(
    api.POST('/api/pki/certificates/{id}/revoke', { params: { path: { id } }, body: { reason } }),
  );
}

export function renewCertificate(id: string, validityMonths?: number): Promise<Certificate> {
  return unwrap(
    api.POST('/api/pki/certificates/{id}/renew', {
      params: { path: { id } },
      body: validityMonths ? { validityMonths } : {},
    }),
  ) as Promise<Certificate>;
}

export function fetchStats(from: string, to: string, signal?: AbortSignal): Promise<CertificateStats> {
  return unwrap(api.GET('/api/pki/stats', { params: { query: { from, to } }, signal }));
}

/** The officials of the officer's agency (the holder of a personal certificate is one of them). */
export async function listOfficials(
  agencyId: string | undefined,
  signal?: AbortSignal,
): Promise<OfficialOption[]> {
  const page = await unwrap(
    api.GET('/api/officials', {
      params: { query: { ...(agencyId ? { agencyId } : {}), limit: 500 } },
      signal,
    }),
  );
  return page.items;
}

/**
 * Sends a PDF to the public verification service as it is (application/pdf), without signing in. The
 * operation declares no JSON body, so this is a plain fetch with the same error handling as the client.
 */
export async function verifyPdf(file: Blob, signal?: AbortSignal): Promise<VerificationReport> {
  const call = fetch('/api/pki/verify', {
    method: 'POST',
    body: file,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/pdf', accept: 'application/json, application/problem+json' },
    ...(signal ? { signal } : {}),
  }).then(async (response) => {
    const body: unknown = await response.json().catch(() => undefined);
    return response.ok ? { data: body as VerificationReport, response } : { error: body, response };
  });
  return unwrap(call);
}
