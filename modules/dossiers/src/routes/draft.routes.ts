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
  DraftListSchema,
  DraftSchema,
  OpenDraftBody,
  OpenedDraftSchema,
  SaveDraftBody,
} from '../contracts/drafts.ts';
import type { DossierDeps } from '../deps.ts';
import { attachDraftFile } from '../use-cases/attach-draft-file.ts';
import { deleteDraftUseCase } from '../use-cases/delete-draft.ts';
import { getDraft } from '../use-cases/get-draft.ts';
import { getDraftFile } from '../use-cases/get-draft-file.ts';
import { listDrafts } from '../use-cases/list-drafts.ts';
import { openDraft } from '../use-cases/open-draft.ts';
import { removeDraftFile } from '../use-cases/remove-draft-file.ts';
import { saveDraft } from '../use-cases/save-draft.ts';
import { contentDisposition } from './dossier.routes.ts';

const tags = ['dossiers'];
const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const FileParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  fileId: Type.String({ format: 'uuid' }),
});
const ctxOf = (r: FastifyRequest): RequestContext => ({ actor: r.actor, requestId: r.id, ip: r.ip });
// Drafts hold personal data: no cache keeps them, not even the browser's.
const noStore = 'private, no-store';

/**
 * The signed-in citizen's drafts of online applications (issue 9, item 10). Every route is for citizens
 * only: officials get 403, another citizen's draft is 404.
 */
export function dossierDraftRoutes(deps: DossierDeps) {
  // The wizard's form (ADR 0009): the component first, then its file, streamed to the storage.
  const fileUpload: UploadSpec<'componentKey'> = {
    file: 'file',
    fields: ['componentKey'],
    required: ['componentKey'],
    maxFileBytes: deps.attachmentLimits.maxBytes,
    description: 'PDF, PNG hoặc JPEG, kiểm tra theo nội dung / PDF, PNG or JPEG, checked by content',
  };
  return async function register(app: HttpApp): Promise<void> {
    app.get(
      '/api/dossier-drafts',
      {
        config: { access: 'citizen' },
        schema: {
          tags,
          summary: 'Bản nháp hồ sơ của tôi / My application drafts',
          response: { 200: DraftListSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', noStore);
        return listDrafts(deps, ctxOf(request));
      },
    );

    app.post(
      '/api/dossier-drafts',
      {
        config: { access: 'citizen' },
        schema: {
          tags,
          summary:
            'Mở (hoặc bắt đầu) bản nháp hồ sơ của một thủ tục / Open (or start) the draft of a procedure',
          body: OpenDraftBody,
          response: { 200: OpenedDraftSchema, 201: OpenedDraftSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const draft = await openDraft(deps, ctxOf(request), request.body);
        return reply
          .code(draft.created ? 201 : 200)
          .header('etag', etagOf(draft.version))
          .header('cache-control', noStore)
          .send(draft);
      },
    );

    app.get(
      '/api/dossier-drafts/:id',
      {
        config: { access: 'citizen' },
        schema: {
          tags,
          summary: 'Một bản nháp hồ sơ / One application draft',
          params: Id,
          response: { 200: DraftSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const draft = await getDraft(deps, ctxOf(request), request.params);
        reply.header('etag', etagOf(draft.version)).header('cache-control', noStore);
        return draft;
      },
    );

    app.put(
      '/api/dossier-drafts/:id',
      {
        config: { access: 'citizen' },
        schema: {
          tags,
          summary: 'Lưu bản nháp (cần If-Match) / Save a draft (If-Match required)',
          params: Id,
          body: SaveDraftBody,
          response: { 200: DraftSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const draft = await saveDraft(deps, ctxOf(request), {
          id: request.params.id,
          expectedVersion: parseIfMatch(request.headers['if-match']),
          body: request.body,
        });
        reply.header('etag', etagOf(draft.version)).header('cache-control', noStore);
        return draft;
      },
    );

    app.delete(
      '/api/dossier-drafts/:id',
      {
        config: { access: 'citizen' },
        schema: {
          tags,
          summary: 'Xóa bản nháp và các tệp của nó / Delete a draft and its files',
          params: Id,
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteDraftUseCase(deps, ctxOf(request), request.params);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/dossier-drafts/:id/files',
      {
        config: { access: 'citizen', upload: fileUpload },
        schema: {
          tags,
          summary:
            'Tải lên tệp của một thành phần hồ sơ (multipart/form-data: componentKey rồi file; thay tệp đã chọn trước) / Upload a component’s file (multipart/form-data: componentKey, then file; replaces the earlier one)',
          params: Id,
          response: {
            201: DraftSchema,
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const upload = await readUpload<'componentKey'>(request);
        const draft = await attachDraftFile(deps, ctxOf(request), {
          id: request.params.id,
          componentKey: upload.fields.componentKey ?? '',
          fileName: upload.file.fileName,
          content: upload.file.content,
        });
        return reply.code(201).header('cache-control', noStore).send(draft);
      },
    );

    app.delete(
      '/api/dossier-drafts/:id/files/:fileId',
      {
        config: { access: 'citizen' },
        schema: {
          tags,
          summary: 'Bỏ một tệp khỏi bản nháp / Remove a file from a draft',
          params: FileParams,
          response: { 200: DraftSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const draft = await removeDraftFile(deps, ctxOf(request), request.params);
        reply.header('cache-control', noStore);
        return draft;
      },
    );

    app.get(
      '/api/dossier-drafts/:id/files/:fileId',
      {
        config: { access: 'citizen' },
        schema: {
          tags,
          summary: 'Tải tệp của bản nháp / Download a draft’s file',
          params: FileParams,
          response: { 200: Binary, ...errorResponses },
        },
      },
      async (request, reply) => {
        const file = await getDraftFile(deps, ctxOf(request), request.params);
        return reply
          .header('content-type', file.mediaType)
          .header('content-disposition', contentDisposition(file.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', noStore)
          .send(Buffer.from(file.bytes));
      },
    );
  };
}
