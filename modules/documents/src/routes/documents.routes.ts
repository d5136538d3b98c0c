import { errorResponses, etagOf, type HttpApp, IdParams, parseIfMatch, Type } from '@openprovince/platform';
import {
  CreateOutgoingBody,
  DOCUMENT_PERMISSIONS,
  IssueBody,
  OptionalNoteBody,
  OutgoingListQuery,
  OutgoingPage,
  OutgoingSchema,
  ReasonBody,
  ReminderList,
  SignBody,
  StatusMessageList,
  UpdateOutgoingBody,
} from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { contentDisposition } from '../domain/file-names.ts';
import { changeOutgoingState } from '../use-cases/change-outgoing-state.ts';
import { createOutgoing } from '../use-cases/create-outgoing.ts';
import { getOutgoing, getOutgoingFile, listOutgoing } from '../use-cases/get-outgoing.ts';
import { issueOutgoing } from '../use-cases/issue-outgoing.ts';
import { listDocumentStatuses } from '../use-cases/list-document-statuses.ts';
import { listReminders } from '../use-cases/list-reminders.ts';
import { recallOutgoing } from '../use-cases/recall-outgoing.ts';
import { signOutgoing } from '../use-cases/sign-outgoing.ts';
import { updateOutgoing, uploadOutgoingFile } from '../use-cases/update-outgoing.ts';
import { contextOf, PDF_UPLOAD_LIMIT, reauthenticated } from './context.ts';

const tags = ['documents'];
const P = DOCUMENT_PERMISSIONS;
const PdfResponse = Type.Any({ description: 'application/pdf' });

export function outgoingRoutes(deps: DocumentDeps) {
  return async (app: HttpApp): Promise<void> => {
    app.get(
      '/api/documents',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Danh sách văn bản đi của cơ quan / Outgoing documents of my agency',
          querystring: OutgoingListQuery,
          response: { 200: OutgoingPage, ...errorResponses },
        },
      },
      async (request) => listOutgoing(deps, contextOf(request), request.query),
    );

    app.get(
      '/api/documents/reminders',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary:
            'Việc cần làm ngay: vào sổ, phát hành, hạn chỉ đạo / Reminders: register, issue, directives due',
          response: { 200: ReminderList, ...errorResponses },
        },
      },
      async (request) => ({ items: await listReminders(deps, contextOf(request)) }),
    );

    app.post(
      '/api/documents',
      {
        config: { access: { permission: P.draft } },
        schema: {
          tags,
          summary: 'Soạn dự thảo văn bản đi / Draft an outgoing document',
          body: CreateOutgoingBody,
          response: { 201: OutgoingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { pdfBase64, ...rest } = request.body;
        const doc = await createOutgoing(deps, contextOf(request), {
          ...rest,
          ...(pdfBase64 ? { pdf: Buffer.from(pdfBase64, 'base64') } : {}),
        });
        return reply.code(201).header('etag', etagOf(doc.version)).send(doc);
      },
    );

    app.get(
      '/api/documents/:id',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Xem văn bản đi / An outgoing document',
          params: IdParams,
          response: { 200: OutgoingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const doc = await getOutgoing(deps, contextOf(request), request.params);
        reply.header('etag', etagOf(doc.version));
        return doc;
      },
    );

    app.patch(
      '/api/documents/:id',
      {
        config: { access: { permission: P.draft } },
        schema: {
          tags,
          summary: 'Sửa dự thảo (cần If-Match) / Edit a draft (If-Match)',
          params: IdParams,
          body: UpdateOutgoingBody,
          response: { 200: OutgoingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const doc = await updateOutgoing(deps, contextOf(request), {
          ...request.body,
          id: request.params.id,
          version: parseIfMatch(request.headers['if-match']),
        });
        reply.header('etag', etagOf(doc.version));
        return doc;
      },
    );

    app.get(
      '/api/documents/:id/file',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Tải tệp PDF của văn bản đi / Download the PDF',
          params: IdParams,
          response: { 200: PdfResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const file = await getOutgoingFile(deps, contextOf(request), request.params);
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition(file.name))
          .send(file.bytes);
      },
    );

    app.put(
      '/api/documents/:id/file',
      {
        config: { access: { permission: P.draft } },
        bodyLimit: PDF_UPLOAD_LIMIT,
        schema: {
          consumes: ['application/pdf'],
          tags,
          summary:
            'Tải lên tệp PDF dự thảo (application/pdf, cần If-Match) / Upload the draft PDF (If-Match)',
          params: IdParams,
          response: { 200: OutgoingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const doc = await uploadOutgoingFile(deps, contextOf(request), {
          id: request.params.id,
          version: parseIfMatch(request.headers['if-match']),
          pdf: request.body as Buffer,
        });
        reply.header('etag', etagOf(doc.version));
        return doc;
      },
    );

    for (const [action, permission, summary] of [
      ['submit', P.draft, 'Trình ký / Send for review'],
      ['return', P.sign, 'Trả lại dự thảo / Return to the drafter'],
      ['cancel', P.read, 'Hủy dự thảo / Cancel a draft'],
    ] as const) {
      app.post(
        `/api/documents/:id/${action}`,
        {
          config: { access: { permission } },
          schema: {
            tags,
            summary: `${summary} (If-Match)`,
            params: IdParams,
            body: OptionalNoteBody,
            response: { 200: OutgoingSchema, ...errorResponses },
          },
        },
        async (request, reply) => {
          const doc = await changeOutgoingState(deps, contextOf(request), {
            id: request.params.id,
            version: parseIfMatch(request.headers['if-match']),
            action,
            ...(request.body.note ? { note: request.body.note } : {}),
          });
          reply.header('etag', etagOf(doc.version));
          return doc;
        },
      );
    }

    app.post(
      '/api/documents/:id/sign',
      {
        config: { access: { permission: P.sign } },
        schema: {
          tags,
          summary:
            'Duyệt và ký số (nhập lại mật khẩu, If-Match) / Approve and sign (password again, If-Match)',
          params: IdParams,
          body: SignBody,
          response: { 200: OutgoingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const version = parseIfMatch(request.headers['if-match']);
        const ctx = contextOf(request);
        const { password, totp, ...body } = request.body;
        const reauthProof = await reauthenticated(deps, ctx, { password, totp });
        const doc = await signOutgoing(deps, ctx, {
          ...body,
          id: request.params.id,
          version,
          reauthProof,
        });
        reply.header('etag', etagOf(doc.version));
        return doc;
      },
    );

    app.post(
      '/api/documents/:id/issue',
      {
        config: { access: { permission: P.issue } },
        schema: {
          tags,
          summary:
            'Cấp số, ký số cơ quan và phát hành (nhập lại mật khẩu, If-Match) / Number, organisation-sign and issue (password again, If-Match)',
          params: IdParams,
          body: IssueBody,
          response: { 200: OutgoingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const version = parseIfMatch(request.headers['if-match']);
        const ctx = contextOf(request);
        const { password, totp, organisationCertificateId } = request.body;
        const reauthProof = await reauthenticated(deps, ctx, { password, totp });
        const doc = await issueOutgoing(deps, ctx, {
          id: request.params.id,
          version,
          organisationCertificateId,
          reauthProof,
        });
        reply.header('etag', etagOf(doc.version));
        return doc;
      },
    );

    app.post(
      '/api/documents/:id/recall',
      {
        config: { access: { permission: P.recall } },
        schema: {
          tags,
          summary: 'Thu hồi văn bản đã phát hành (If-Match) / Recall an issued document (If-Match)',
          params: IdParams,
          body: ReasonBody,
          response: { 200: OutgoingSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const doc = await recallOutgoing(deps, contextOf(request), {
          id: request.params.id,
          version: parseIfMatch(request.headers['if-match']),
          reason: request.body.reason,
        });
        reply.header('etag', etagOf(doc.version));
        return doc;
      },
    );

    app.get(
      '/api/documents/:id/statuses',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Tình trạng xử lý tại nơi nhận (01–06, 13/15/16) / Recipients’ statuses',
          params: IdParams,
          response: { 200: StatusMessageList, ...errorResponses },
        },
      },
      async (request) => ({ items: await listDocumentStatuses(deps, contextOf(request), request.params) }),
    );
  };
}
