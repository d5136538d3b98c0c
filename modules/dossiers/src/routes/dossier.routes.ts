import {
  errorResponses,
  etagOf,
  type HttpApp,
  parseIfMatch,
  type RequestContext,
  readUpload,
  Type,
  type UploadSpec,
} from '@openprovince/platform';
import type { FastifyRequest } from 'fastify';
import {
  AttachmentSchema,
  CommuneStatsQuerySchema,
  CommuneStatsResultSchema,
  CounterBodySchema,
  DOCUMENT_FILES,
  DOSSIER_PERMISSIONS,
  type DocumentKind,
  DossierListSchema,
  DossierSchema,
  ListQuerySchema,
  LookupQuerySchema,
  LookupResultSchema,
  RatingBodySchema,
  StatsQuerySchema,
  StatsResultSchema,
  StatsYearsQuerySchema,
  StatsYearsSchema,
  SubmitBodySchema,
  TransitionBodySchema,
} from '../contracts/index.ts';
import { StatsWorkbookBodySchema, XLSX_CONTENT_TYPE } from '../contracts/statistics-workbook.ts';
import type { DossierDeps } from '../deps.ts';
import { communeStatistics } from '../use-cases/commune-statistics.ts';
import { dossierStatistics } from '../use-cases/dossier-statistics.ts';
import { getAttachment } from '../use-cases/get-attachment.ts';
import { getDossier } from '../use-cases/get-dossier.ts';
import { getDossierDocument } from '../use-cases/get-dossier-document.ts';
import { getPaymentQr } from '../use-cases/get-payment-qr.ts';
import { listDossiersUseCase } from '../use-cases/list-dossiers.ts';
import { listStatisticsYears } from '../use-cases/list-statistics-years.ts';
import { lookupDossier } from '../use-cases/lookup-dossier.ts';
import { rateDossier } from '../use-cases/rate-dossier.ts';
import { submitDossier } from '../use-cases/submit-dossier.ts';
import { transitionDossier } from '../use-cases/transition-dossier.ts';
import { uploadAttachment } from '../use-cases/upload-attachment.ts';
import { writeStatisticsWorkbook } from '../use-cases/write-statistics-workbook.ts';
import { historicImportRoutes } from './historic-import.routes.ts';

const tags = ['dossiers'];
const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const ctxOf = (r: FastifyRequest): RequestContext => ({ actor: r.actor, requestId: r.id, ip: r.ip });
const header = (r: FastifyRequest, name: string) => {
  const v = r.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** `attachment; filename="ascii"; filename*=UTF-8''…` so Vietnamese names survive and nothing renders inline. */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'file';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Largest JSON body of a return: its result file in base64 plus the envelope (ADR 0009: still JSON). */
const uploadBodyLimit = (deps: DossierDeps) => Math.ceil((deps.attachmentLimits.maxBytes * 4) / 3) + 16_384;

/** An attachment's form (ADR 0009): the optional component first, then the file, streamed to the storage. */
const attachmentUpload = (deps: DossierDeps): UploadSpec<'componentKey'> => ({
  file: 'file',
  fields: ['componentKey'],
  maxFileBytes: deps.attachmentLimits.maxBytes,
  description: 'PDF, PNG hoặc JPEG, kiểm tra theo nội dung / PDF, PNG or JPEG, checked by content',
});

export function dossierRoutes(deps: DossierDeps) {
  return async function register(app: HttpApp): Promise<void> {
    await historicImportRoutes(deps)(app);
    app.post(
      '/api/dossiers',
      {
        config: { access: 'citizen' },
        schema: {
          tags,
          summary:
            'Nộp hồ sơ trực tuyến (cần Idempotency-Key) / Submit a dossier online (Idempotency-Key required)',
          headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String()) }),
          body: SubmitBodySchema,
          response: { 200: DossierSchema, 201: DossierSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const result = await submitDossier(deps, ctxOf(request), {
          channel: 'online',
          body: request.body,
          idempotencyKey: header(request, 'idempotency-key'),
        });
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        reply.header('etag', etagOf(result.dossier.version));
        return reply.code(201).send(result.dossier);
      },
    );

    app.post(
      '/api/dossiers/counter',
      {
        config: { access: { permission: DOSSIER_PERMISSIONS.receive } },
        schema: {
          tags,
          summary: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa / Receive a dossier at the one-stop counter',
          headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String()) }),
          body: CounterBodySchema,
          response: { 200: DossierSchema, 201: DossierSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const result = await submitDossier(deps, ctxOf(request), {
          channel: request.body.channel ?? 'direct',
          body: request.body,
          idempotencyKey: header(request, 'idempotency-key'),
        });
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        reply.header('etag', etagOf(result.dossier.version));
        return reply.code(201).send(result.dossier);
      },
    );

    app.get(
      '/api/dossiers',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary:
            'Danh sách hồ sơ và hàng đợi (trực tuyến, sắp đến hạn, quá hạn) / Dossier list and work queues',
          querystring: ListQuerySchema,
          response: { 200: DossierListSchema, ...errorResponses },
        },
      },
      async (request) => listDossiersUseCase(deps, ctxOf(request), request.query),
    );

    app.get(
      '/api/dossiers/:id',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Chi tiết hồ sơ / A dossier',
          params: Id,
          response: { 200: DossierSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const d = await getDossier(deps, ctxOf(request), request.params);
        reply.header('etag', etagOf(d.version));
        return d;
      },
    );

    app.post(
      '/api/dossiers/:id/transitions',
      {
        config: { access: 'authenticated' },
        // The return carries its result file (base64) in the same request.
        bodyLimit: uploadBodyLimit(deps),
        schema: {
          tags,
          summary:
            'Chuyển trạng thái hồ sơ (cần If-Match; trả kết quả kèm tệp kết quả hoặc onPaper) / Move a dossier on (If-Match required; the return carries its result file or onPaper)',
          params: Id,
          body: TransitionBodySchema,
          response: {
            200: DossierSchema,
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const expectedVersion = parseIfMatch(request.headers['if-match']);
        const d = await transitionDossier(deps, ctxOf(request), {
          ...request.body,
          id: request.params.id,
          expectedVersion,
        });
        reply.header('etag', etagOf(d.version));
        return d;
      },
    );

    app.post(
      '/api/dossiers/:id/attachments',
      {
        config: { access: 'authenticated', upload: attachmentUpload(deps) },
        schema: {
          tags,
          summary:
            'Đính kèm tệp (multipart/form-data: componentKey nếu có, rồi file; PDF, PNG, JPEG) / Attach a file (multipart/form-data: optional componentKey, then file; PDF, PNG, JPEG)',
          params: Id,
          response: {
            201: AttachmentSchema,
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const upload = await readUpload<'componentKey'>(request);
        const attachment = await uploadAttachment(deps, ctxOf(request), {
          id: request.params.id,
          fileName: upload.file.fileName,
          ...(upload.fields.componentKey ? { componentKey: upload.fields.componentKey } : {}),
          content: upload.file.content,
        });
        return reply.code(201).send(attachment);
      },
    );

    app.get(
      '/api/dossiers/:id/attachments/:attachmentId',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Tải tệp đính kèm / Download an attachment',
          params: Type.Object({
            id: Type.String({ format: 'uuid' }),
            attachmentId: Type.String({ format: 'uuid' }),
          }),
          response: { 200: Binary, ...errorResponses },
        },
      },
      async (request, reply) => {
        const file = await getAttachment(deps, ctxOf(request), request.params);
        return reply
          .header('content-type', file.mediaType)
          .header('content-disposition', contentDisposition(file.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(file.bytes));
      },
    );

    app.get(
      '/api/dossiers/:id/documents/:file',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary:
            'Văn bản của cơ chế một cửa (phiếu hẹn, yêu cầu bổ sung, từ chối, xin lỗi, kiểm soát) dạng PDF / One-stop documents as PDF',
          params: Type.Object({ id: Type.String({ format: 'uuid' }), file: Type.Enum(DOCUMENT_FILES) }),
          response: { 200: Binary, ...errorResponses },
        },
      },
      async (request, reply) => {
        const kind = request.params.file.replace(/\.pdf$/, '') as DocumentKind;
        const doc = await getDossierDocument(deps, ctxOf(request), { id: request.params.id, kind });
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', contentDisposition(doc.fileName))
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(doc.bytes));
      },
    );

    app.get(
      '/api/dossiers/:id/payment-qr.png',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Mã VietQR của yêu cầu nộp phí đang chờ (PNG) / The open fee request’s VietQR code (PNG)',
          params: Id,
          response: { 200: Binary, ...errorResponses },
        },
      },
      async (request, reply) => {
        const qr = await getPaymentQr(deps, ctxOf(request), request.params);
        return reply
          .header('content-type', 'image/png')
          .header('content-disposition', contentDisposition(qr.fileName).replace(/^attachment/, 'inline'))
          .header('cache-control', 'private, no-store')
          .send(qr.bytes);
      },
    );

    app.post(
      '/api/dossiers/:id/rating',
      {
        config: { access: 'citizen' },
        schema: {
          tags,
          summary: 'Đánh giá mức độ hài lòng / Rate the service',
          params: Id,
          body: RatingBodySchema,
          response: { 200: DossierSchema, ...errorResponses },
        },
      },
      async (request) => rateDossier(deps, ctxOf(request), { id: request.params.id, ...request.body }),
    );

    app.get(
      '/api/dossier-lookup',
      {
        // A tight per-IP limit: the look-up is anonymous and must not become a way to enumerate codes.
        config: { access: 'public', rateLimit: { max: 10, timeWindow: 60_000 } },
        schema: {
          tags,
          summary: 'Tra cứu hồ sơ bằng mã hồ sơ và số điện thoại / Look up a dossier by code and phone',
          querystring: LookupQuerySchema,
          response: { 200: LookupResultSchema, ...errorResponses },
        },
      },
      async (request) => lookupDossier(deps, ctxOf(request), request.query),
    );

    app.get(
      '/api/dossier-stats',
      {
        config: { access: { anyPermission: [DOSSIER_PERMISSIONS.stats, DOSSIER_PERMISSIONS.statsAll] } },
        schema: {
          tags,
          summary:
            'Thống kê hồ sơ theo Thông tư 01/2018/TT-VPCP / Dossier statistics (Circular 01/2018 definitions)',
          querystring: StatsQuerySchema,
          response: { 200: StatsResultSchema, ...errorResponses },
        },
      },
      async (request) => dossierStatistics(deps, ctxOf(request), request.query),
    );

    app.post(
      '/api/dossier-stats/workbook',
      {
        config: { access: { anyPermission: [DOSSIER_PERMISSIONS.stats, DOSSIER_PERMISSIONS.statsAll] } },
        schema: {
          tags,
          summary:
            'Xuất các bảng thống kê đang xem ra tệp Excel / Write the dashboard tables as an Excel workbook',
          body: StatsWorkbookBodySchema,
          response: { 200: Type.Any({ description: XLSX_CONTENT_TYPE }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const workbook = await writeStatisticsWorkbook(ctxOf(request), request.body);
        return reply
          .type(XLSX_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="${request.body.fileName}"`)
          .header('cache-control', 'private, no-store')
          .send(workbook);
      },
    );

    app.get(
      '/api/dossier-stats/years',
      {
        config: { access: { anyPermission: [DOSSIER_PERMISSIONS.stats, DOSSIER_PERMISSIONS.statsAll] } },
        schema: {
          tags,
          summary: 'Các năm có hồ sơ trong phạm vi thống kê / Years with dossiers in the statistics scope',
          querystring: StatsYearsQuerySchema,
          response: { 200: StatsYearsSchema, ...errorResponses },
        },
      },
      async (request) => listStatisticsYears(deps, ctxOf(request), request.query),
    );

    app.get(
      '/api/dossier-stats/communes',
      {
        config: { access: { anyPermission: [DOSSIER_PERMISSIONS.stats, DOSSIER_PERMISSIONS.statsAll] } },
        schema: {
          tags,
          summary:
            "Thống kê hồ sơ theo xã, phường nơi người nộp cư trú / Dossier statistics by the applicants' communes",
          querystring: CommuneStatsQuerySchema,
          response: { 200: CommuneStatsResultSchema, ...errorResponses },
        },
      },
      async (request) => communeStatistics(deps, ctxOf(request), request.query),
    );
  };
}
