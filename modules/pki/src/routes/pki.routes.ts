import { errorResponses, type HttpApp, Type } from '@openprovince/platform';
import {
  CertificateRequestBodySchema,
  CertificateRequestSchema,
  CertificateSchema,
  CertificateStatsSchema,
  DecisionBodySchema,
  IdParamsSchema,
  ListCertificatesQuerySchema,
  ListRequestsQuerySchema,
  RenewBodySchema,
  RevokeBodySchema,
  StatsQuerySchema,
  VerificationReportSchema,
} from '../contracts/index.ts';
import type { PkiDeps } from '../deps.ts';
import { approveRequest } from '../use-cases/approve-request.ts';
import { certificateStats } from '../use-cases/certificate-stats.ts';
import {
  resumeCertificate,
  revokeCertificate,
  suspendCertificate,
} from '../use-cases/change-certificate-status.ts';
import { issueCertificate } from '../use-cases/issue-certificate.ts';
import {
  getCertificate,
  listCertificates,
  listMySigningCertificates,
  listRequests,
} from '../use-cases/list-certificates.ts';
import { getCaCertificates, getCrl, respondOcsp, respondTimestamp } from '../use-cases/pki-services.ts';
import { renewCertificate } from '../use-cases/renew-certificate.ts';
import { requestCertificate } from '../use-cases/request-certificate.ts';
import { verifyPdf } from '../use-cases/verify-pdf.ts';

const tags = ['pki'];
const PDF_LIMIT = 20 * 1024 * 1024;
/** An OCSP request or a time-stamp query is a few hundred bytes of DER. */
const PROTOCOL_LIMIT = 64 * 1024;

/**
 * PKI routes. Signing is deliberately not exposed here: it needs a re-authentication the caller's module
 * has verified (documents calls `signPdf` with it), and a client-supplied timestamp would prove nothing.
 */
export function pkiRoutes(deps: PkiDeps) {
  return async function register(app: HttpApp): Promise<void> {
    const ctxOf = (request: { actor: import('@openprovince/platform').Actor; id: string; ip: string }) => ({
      actor: request.actor,
      requestId: request.id,
      ip: request.ip,
    });

    app.post(
      '/api/pki/requests',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Lập yêu cầu cấp chứng thư số / File a certificate request',
          body: CertificateRequestBodySchema,
          response: { 201: CertificateRequestSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await requestCertificate(deps, ctxOf(request), request.body)),
    );

    app.get(
      '/api/pki/requests',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Danh sách yêu cầu cấp chứng thư số / Certificate requests',
          querystring: ListRequestsQuerySchema,
          response: { 200: Type.Array(CertificateRequestSchema), ...errorResponses },
        },
      },
      async (request) => listRequests(deps, ctxOf(request), request.query),
    );

    app.post(
      '/api/pki/requests/:id/decision',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Phê duyệt hoặc từ chối yêu cầu / Approve or reject a request',
          params: IdParamsSchema,
          body: DecisionBodySchema,
          response: { 200: CertificateRequestSchema, ...errorResponses },
        },
      },
      async (request) =>
        approveRequest(deps, ctxOf(request), { requestId: request.params.id, ...request.body }),
    );

    app.post(
      '/api/pki/requests/:id/issue',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Cấp chứng thư số theo yêu cầu đã duyệt / Issue the certificate of an approved request',
          params: IdParamsSchema,
          response: { 201: CertificateSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await issueCertificate(deps, ctxOf(request), { requestId: request.params.id })),
    );

    app.get(
      '/api/pki/certificates',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Danh sách chứng thư số / Certificates',
          querystring: ListCertificatesQuerySchema,
          response: { 200: Type.Array(CertificateSchema), ...errorResponses },
        },
      },
      async (request) => listCertificates(deps, ctxOf(request), request.query),
    );

    app.get(
      '/api/pki/my-certificates',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Chứng thư số tôi được dùng để ký / Certificates I may sign with',
          response: { 200: Type.Array(CertificateSchema), ...errorResponses },
        },
      },
      async (request) => listMySigningCertificates(deps, ctxOf(request)),
    );

    app.get(
      '/api/pki/certificates/:id',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Chi tiết chứng thư số / A certificate',
          params: IdParamsSchema,
          response: { 200: CertificateSchema, ...errorResponses },
        },
      },
      async (request) => getCertificate(deps, ctxOf(request), { id: request.params.id }),
    );

    app.post(
      '/api/pki/certificates/:id/suspend',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Tạm dừng chứng thư số / Suspend a certificate',
          params: IdParamsSchema,
          response: { 200: CertificateSchema, ...errorResponses },
        },
      },
      async (request) => suspendCertificate(deps, ctxOf(request), { certificateId: request.params.id }),
    );

    app.post(
      '/api/pki/certificates/:id/resume',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Khôi phục chứng thư số đang tạm dừng / Resume a suspended certificate',
          params: IdParamsSchema,
          response: { 200: CertificateSchema, ...errorResponses },
        },
      },
      async (request) => resumeCertificate(deps, ctxOf(request), { certificateId: request.params.id }),
    );

    app.post(
      '/api/pki/certificates/:id/revoke',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Thu hồi chứng thư số / Revoke a certificate',
          params: IdParamsSchema,
          body: RevokeBodySchema,
          response: { 200: CertificateSchema, ...errorResponses },
        },
      },
      async (request) =>
        revokeCertificate(deps, ctxOf(request), {
          certificateId: request.params.id,
          reason: request.body.reason,
        }),
    );

    app.post(
      '/api/pki/certificates/:id/renew',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Gia hạn chứng thư số (khóa mới) / Renew a certificate (new key)',
          params: IdParamsSchema,
          body: RenewBodySchema,
          response: { 201: CertificateSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await renewCertificate(deps, ctxOf(request), {
            certificateId: request.params.id,
            ...(request.body.validityMonths ? { validityMonths: request.body.validityMonths } : {}),
          }),
        ),
    );

    app.get(
      '/api/pki/stats',
      {
        config: { access: 'official' },
        schema: {
          tags,
          summary: 'Thống kê chứng thư số / Certificate statistics',
          querystring: StatsQuerySchema,
          response: { 200: CertificateStatsSchema, ...errorResponses },
        },
      },
      async (request) =>
        certificateStats(deps, ctxOf(request), {
          from: new Date(request.query.from),
          to: new Date(request.query.to),
          ...(request.query.agencyId ? { agencyId: request.query.agencyId } : {}),
        }),
    );

    app.get(
      '/api/pki/ca',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Chứng thư số của CA tỉnh (PEM) / The province CA certificates (PEM)',
          response: {
            200: Type.Object({ root: Type.String(), issuing: Type.String(), tsa: Type.String() }),
            ...errorResponses,
          },
        },
      },
      async (request) => getCaCertificates(deps, ctxOf(request)),
    );

    app.get(
      '/api/pki/crl',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Danh sách chứng thư số bị thu hồi (CRL) / Certificate revocation list',
          querystring: Type.Object({ format: Type.Optional(Type.Enum({ der: 'der', pem: 'pem' })) }),
        },
      },
      async (request, reply) => {
        const crl = await getCrl(deps, ctxOf(request));
        reply.header('cache-control', 'no-cache');
        if (request.query.format === 'pem') return reply.type('application/x-pem-file').send(crl.pem);
        return reply.type('application/pkix-crl').send(Buffer.from(crl.der));
      },
    );

    app.post(
      '/api/pki/ocsp',
      {
        config: { access: 'public' },
        bodyLimit: PROTOCOL_LIMIT,
        schema: {
          tags,
          summary: 'Dịch vụ OCSP (RFC 6960) / OCSP responder',
          consumes: ['application/ocsp-request'],
        },
      },
      async (request, reply) => {
        const answer = await respondOcsp(deps, ctxOf(request), { request: request.body as Buffer });
        return reply
          .type('application/ocsp-response')
          .header('cache-control', 'no-store')
          .send(Buffer.from(answer));
      },
    );

    app.post(
      '/api/pki/tsa',
      {
        config: { access: 'public' },
        bodyLimit: PROTOCOL_LIMIT,
        schema: {
          tags,
          summary: 'Dịch vụ cấp dấu thời gian (RFC 3161) / Time-stamping authority',
          consumes: ['application/timestamp-query'],
        },
      },
      async (request, reply) => {
        const answer = await respondTimestamp(deps, ctxOf(request), { request: request.body as Buffer });
        return reply.type('application/timestamp-reply').send(Buffer.from(answer));
      },
    );

    app.post(
      '/api/pki/verify',
      {
        config: { access: 'public' },
        bodyLimit: PDF_LIMIT,
        schema: {
          tags,
          summary: 'Kiểm tra chữ ký số trên tệp PDF / Verify the signatures of a PDF',
          consumes: ['application/pdf'],
          response: { 200: VerificationReportSchema, ...errorResponses },
        },
      },
      async (request) => verifyPdf(deps, ctxOf(request), { pdf: new Uint8Array(request.body as Buffer) }),
    );
  };
}
