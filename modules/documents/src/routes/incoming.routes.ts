import { errorResponses, etagOf, type HttpApp, IdParams, parseIfMatch, Type } from '@openprovince/platform';
import {
  DirectiveBody,
  DirectiveList,
  DirectiveProgressBody,
  DirectiveSchema,
  DOCUMENT_PERMISSIONS,
  IncomingListQuery,
  IncomingPage,
  IncomingSchema,
  PresentBody,
  ReasonBody,
  ReceiveBody,
} from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { contentDisposition } from '../domain/file-names.ts';
import { directIncoming } from '../use-cases/direct-incoming.ts';
import { getIncoming, getIncomingFile, listIncoming } from '../use-cases/get-incoming.ts';
import { handleIncoming } from '../use-cases/handle-incoming.ts';
import { listDirectives } from '../use-cases/list-directives.ts';
import { receiveIncoming } from '../use-cases/receive-incoming.ts';
import { reportDirectiveProgress } from '../use-cases/report-directive-progress.ts';
import { contextOf } from './context.ts';

const tags = ['documents'];
const P = DOCUMENT_PERMISSIONS;

export function incomingRoutes(deps: DocumentDeps) {
  return async (app: HttpApp): Promise<void> => {
    app.get(
      '/api/incoming-documents',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Văn bản đến của cơ quan / Incoming documents of my agency',
          querystring: IncomingListQuery,
          response: { 200: IncomingPage, ...errorResponses },
        },
      },
      async (request) =>
        listIncoming(deps, contextOf(request), {
          ...(request.query.status ? { status: request.query.status.split(',') } : {}),
          ...(request.query.limit ? { limit: request.query.limit } : {}),
          ...(request.query.offset ? { offset: request.query.offset } : {}),
        }),
    );

    app.post(
      '/api/incoming-documents',
      {
        config: { access: { permission: P.register } },
        schema: {
          tags,
          summary: 'Tiếp nhận văn bản giấy hoặc thư điện tử / Receive a paper or e-mailed document',
          body: ReceiveBody,
          response: { 201: IncomingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { pdfBase64, ...rest } = request.body;
        const doc = await receiveIncoming(deps, contextOf(request), {
          ...rest,
          ...(pdfBase64 ? { pdf: Buffer.from(pdfBase64, 'base64') } : {}),
        });
        return reply.code(201).header('etag', etagOf(doc.version)).send(doc);
      },
    );

    app.get(
      '/api/incoming-documents/:id',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary:
            'Xem văn bản đến (kèm kết quả kiểm tra chữ ký) / An incoming document with its signature check',
          params: IdParams,
          response: { 200: IncomingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const doc = await getIncoming(deps, contextOf(request), request.params);
        reply.header('etag', etagOf(doc.version));
        return doc;
      },
    );

    app.get(
      '/api/incoming-documents/:id/file',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Tải tệp văn bản đến / Download the incoming PDF',
          params: IdParams,
          response: { 200: Type.Any(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const file = await getIncomingFile(deps, contextOf(request), request.params);
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition(file.name))
          .send(file.bytes);
      },
    );

    app.post(
      '/api/incoming-documents/:id/register',
      {
        config: { access: { permission: P.register } },
        schema: {
          tags,
          summary: 'Vào sổ văn bản đến (cấp số đến, If-Match) / Register (incoming number, If-Match)',
          params: IdParams,
          response: { 200: IncomingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const doc = await handleIncoming(deps, contextOf(request), {
          id: request.params.id,
          version: parseIfMatch(request.headers['if-match']),
          action: 'register',
        });
        reply.header('etag', etagOf(doc.version));
        return doc;
      },
    );

    app.post(
      '/api/incoming-documents/:id/present',
      {
        config: { access: { permission: P.register } },
        schema: {
          tags,
          summary: 'Trình lãnh đạo (If-Match) / Present to a leader (If-Match)',
          params: IdParams,
          body: PresentBody,
          response: { 200: IncomingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const doc = await handleIncoming(deps, contextOf(request), {
          id: request.params.id,
          version: parseIfMatch(request.headers['if-match']),
          action: 'present',
          leaderName: request.body.leaderName,
        });
        reply.header('etag', etagOf(doc.version));
        return doc;
      },
    );

    app.post(
      '/api/incoming-documents/:id/return',
      {
        config: { access: { permission: P.register } },
        schema: {
          tags,
          summary: 'Trả lại nơi gửi (If-Match) / Return to the sender (If-Match)',
          params: IdParams,
          body: ReasonBody,
          response: { 200: IncomingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const doc = await handleIncoming(deps, contextOf(request), {
          id: request.params.id,
          version: parseIfMatch(request.headers['if-match']),
          action: 'return',
          reason: request.body.reason,
        });
        reply.header('etag', etagOf(doc.version));
        return doc;
      },
    );

    app.get(
      '/api/directives',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Ý kiến chỉ đạo của cơ quan / Directives of my agency',
          querystring: Type.Object({
            status: Type.Optional(Type.Enum(['open', 'processing', 'finished', 'cancelled'])),
            incomingId: Type.Optional(Type.String({ format: 'uuid' })),
          }),
          response: { 200: DirectiveList, ...errorResponses },
        },
      },
      async (request) => ({ items: await listDirectives(deps, contextOf(request), request.query) }),
    );

    app.post(
      '/api/directives',
      {
        config: { access: { permission: P.direct } },
        schema: {
          tags,
          summary:
            'Ghi ý kiến chỉ đạo (chủ trì, phối hợp, hạn xử lý) / Record a directive (lead, coordination, deadline)',
          body: DirectiveBody,
          response: { 201: DirectiveSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const directive = await directIncoming(deps, contextOf(request), request.body);
        return reply.code(201).header('etag', etagOf(directive.version)).send(directive);
      },
    );

    app.post(
      '/api/directives/:id/progress',
      {
        config: { access: { permission: P.process } },
        schema: {
          tags,
          summary: 'Báo cáo tiến độ: đang xử lý / hoàn thành (If-Match) / Report progress (If-Match)',
          params: IdParams,
          body: DirectiveProgressBody,
          response: { 200: DirectiveSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const directive = await reportDirectiveProgress(deps, contextOf(request), {
          id: request.params.id,
          version: parseIfMatch(request.headers['if-match']),
          ...request.body,
        });
        reply.header('etag', etagOf(directive.version));
        return directive;
      },
    );
  };
}
