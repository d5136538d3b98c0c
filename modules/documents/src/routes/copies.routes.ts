import { errorResponses, type HttpApp, IdParams, Type } from '@openprovince/platform';
import { CopyList, CopySchema, CreateCopyBody, DOCUMENT_PERMISSIONS } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { contentDisposition } from '../domain/file-names.ts';
import { createDocumentCopy } from '../use-cases/create-document-copy.ts';
import { getDocumentCopyFile, listDocumentCopies } from '../use-cases/list-document-copies.ts';
import { contextOf, reauthenticated } from './context.ts';

const tags = ['documents'];
const P = DOCUMENT_PERMISSIONS;

/** The two kinds of document a copy is made from (Decree 30/2020 art. 25–27): same routes, one key apart. */
const SOURCES = [
  {
    path: '/api/documents/:id/copies',
    key: 'outgoingId',
    listSummary: 'Bản sao của văn bản đi / Copies made of an outgoing document',
    createSummary:
      'Sao y, sao lục, trích sao văn bản đã phát hành (nhập lại mật khẩu) / Copy an issued document (password again)',
  },
  {
    path: '/api/incoming-documents/:id/copies',
    key: 'incomingId',
    listSummary: 'Bản sao của văn bản đến / Copies made of an incoming document',
    createSummary:
      'Sao y, sao lục, trích sao văn bản đến (nhập lại mật khẩu) / Copy an incoming document (password again)',
  },
] as const;

/** Copies: list and make them (the clerk, password again) for either source, download one as PDF. */
export function copyRoutes(deps: DocumentDeps) {
  return async (app: HttpApp) => {
    for (const source of SOURCES) {
      app.get(
        source.path,
        {
          config: { access: { permission: P.read } },
          schema: {
            tags,
            summary: source.listSummary,
            params: IdParams,
            response: { 200: CopyList, ...errorResponses },
          },
        },
        async (request) => ({
          items: await listDocumentCopies(deps, contextOf(request), { [source.key]: request.params.id }),
        }),
      );

      app.post(
        source.path,
        {
          config: { access: { permission: P.issue } },
          schema: {
            tags,
            summary: source.createSummary,
            params: IdParams,
            body: CreateCopyBody,
            response: { 201: CopySchema, ...errorResponses },
          },
        },
        async (request, reply) => {
          const ctx = contextOf(request);
          const { password, totp, ...body } = request.body;
          const copy = await createDocumentCopy(deps, ctx, {
            ...body,
            [source.key]: request.params.id,
            reauthProof: await reauthenticated(deps, ctx, { password, totp }),
          });
          return reply.code(201).send(copy);
        },
      );
    }

    app.get(
      '/api/document-copies/:id/file',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Tải tệp PDF bản sao (đã ký số cơ quan) / Download a copy (organisation-signed PDF)',
          params: IdParams,
          response: { 200: Type.Any({ description: 'application/pdf' }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const file = await getDocumentCopyFile(deps, contextOf(request), request.params);
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition(file.name))
          .send(file.bytes);
      },
    );
  };
}
