import { errorResponses, type HttpApp, IdParams, Type } from '@openprovince/platform';
import {
  CreateFolderBody,
  CreateRegisterBody,
  DOCUMENT_PERMISSIONS,
  EdxmlImportResult,
  FileIntoBody,
  FolderList,
  FolderSchema,
  RegisterEntryList,
  RegisterList,
  RegisterListQuery,
  RegisterSchema,
  StatsQuery,
  StatsSchema,
  VoidNumberBody,
  YearQuery,
} from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { contentDisposition } from '../domain/file-names.ts';
import { createRegister } from '../use-cases/create-register.ts';
import { documentStatistics } from '../use-cases/document-statistics.ts';
import { listEdxmlOutbox, takeEdxmlPackage } from '../use-cases/edxml-outbox.ts';
import { exportEdxml } from '../use-cases/export-edxml.ts';
import { createFileFolder, fileDocument, listFileFolders } from '../use-cases/file-folders.ts';
import { importEdxml } from '../use-cases/import-edxml.ts';
import { listRegisterEntries, listRegisters } from '../use-cases/list-registers.ts';
import { printRegister } from '../use-cases/print-register.ts';
import { voidNumber } from '../use-cases/void-number.ts';
import { agencyOfActor, contextOf, EDXML_UPLOAD_LIMIT } from './context.ts';

const tags = ['documents'];
const P = DOCUMENT_PERMISSIONS;

export function registerRoutes(deps: DocumentDeps) {
  return async (app: HttpApp): Promise<void> => {
    app.get(
      '/api/document-registers',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Sổ đăng ký văn bản của cơ quan / Registers of my agency',
          querystring: RegisterListQuery,
          response: { 200: RegisterList, ...errorResponses },
        },
      },
      async (request) => ({
        items: await listRegisters(deps, contextOf(request), {
          agencyId: agencyOfActor(request),
          ...request.query,
        }),
      }),
    );

    app.post(
      '/api/document-registers',
      {
        config: { access: { permission: P.manageRegisters } },
        schema: {
          tags,
          summary: 'Mở sổ đăng ký của năm / Open a register for a year',
          body: CreateRegisterBody,
          response: { 201: RegisterSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await createRegister(deps, contextOf(request), {
            ...request.body,
            agencyId: agencyOfActor(request),
          }),
        ),
    );

    app.get(
      '/api/document-registers/:id/entries',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Các số đã cấp (kể cả số hủy) / Numbers given, void ones included',
          params: IdParams,
          response: { 200: RegisterEntryList, ...errorResponses },
        },
      },
      async (request) => ({
        items: (await listRegisterEntries(deps, contextOf(request), { registerId: request.params.id })).map(
          (e) => ({
            number: e.number,
            status: e.status,
            outgoingId: e.outgoingId,
            incomingId: e.incomingId,
            voidReason: e.voidReason,
            allocatedAt: e.allocatedAt.toISOString(),
          }),
        ),
      }),
    );

    app.post(
      '/api/document-registers/:id/void',
      {
        config: { access: { permission: P.manageRegisters } },
        schema: {
          tags,
          summary: 'Ghi hủy một số đã cấp / Record a given number as void',
          params: IdParams,
          body: VoidNumberBody,
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await voidNumber(deps, contextOf(request), { registerId: request.params.id, ...request.body });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/document-registers/:id/pdf',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'In sổ đăng ký (mẫu Phụ lục IV Nghị định 30/2020) / Print the register (Appendix IV)',
          params: IdParams,
          response: { 200: Type.Any(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const file = await printRegister(deps, contextOf(request), { registerId: request.params.id });
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition(file.name, 'inline'))
          .send(file.bytes);
      },
    );

    app.get(
      '/api/document-files',
      {
        config: { access: { permission: P.read } },
        schema: {
          tags,
          summary: 'Danh mục hồ sơ của năm / Annual file list',
          querystring: YearQuery,
          response: { 200: FolderList, ...errorResponses },
        },
      },
      async (request) => ({
        items: await listFileFolders(deps, contextOf(request), {
          agencyId: agencyOfActor(request),
          year: request.query.year,
        }),
      }),
    );

    app.post(
      '/api/document-files',
      {
        config: { access: { permission: P.manageRegisters } },
        schema: {
          tags,
          summary: 'Lập hồ sơ / Open a file',
          body: CreateFolderBody,
          response: { 201: FolderSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await createFileFolder(deps, contextOf(request), {
            ...request.body,
            agencyId: agencyOfActor(request),
          }),
        ),
    );

    app.post(
      '/api/document-files/:id/documents',
      {
        config: { access: { permission: P.manageRegisters } },
        schema: {
          tags,
          summary: 'Đưa văn bản vào hồ sơ / File a document',
          params: IdParams,
          body: FileIntoBody,
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await fileDocument(deps, contextOf(request), { folderId: request.params.id, ...request.body });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/document-stats',
      {
        config: { access: { permission: P.stats } },
        schema: {
          tags,
          summary: 'Thống kê văn bản: phát hành, ký số, văn bản đến, đúng hạn / Document statistics',
          querystring: StatsQuery,
          response: { 200: StatsSchema, ...errorResponses },
        },
      },
      async (request) => documentStatistics(deps, contextOf(request), request.query),
    );

    app.get(
      '/api/edxml/documents/:id',
      {
        config: { access: { permission: P.issue } },
        schema: {
          tags,
          summary: 'Xuất gói tin edXML (QCVN 102:2016) cho cơ quan ngoài hệ thống / Export an edXML package',
          params: IdParams,
          querystring: Type.Object({
            organId: Type.Optional(Type.String({ maxLength: 20 })),
            organName: Type.Optional(Type.String({ maxLength: 300 })),
          }),
          response: { 200: Type.String(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organId, organName } = request.query;
        const xml = await exportEdxml(deps, contextOf(request), {
          id: request.params.id,
          ...(organId ? { to: { organId, organName: organName ?? organId } } : {}),
        });
        return reply
          .type('application/xml; charset=utf-8')
          .header('content-disposition', `attachment; filename="${request.params.id}.edxml"`)
          .send(xml);
      },
    );

    app.get(
      '/api/edxml/outbox',
      {
        config: { access: { permission: P.register } },
        schema: {
          tags,
          summary: 'Gói tin chờ gửi cơ quan ngoài hệ thống / Packages waiting for outside agencies',
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  id: Type.String(),
                  kind: Type.String(),
                  toCode: Type.Union([Type.String(), Type.Null()]),
                  statusCode: Type.Union([Type.String(), Type.Null()]),
                  outgoingId: Type.Union([Type.String(), Type.Null()]),
                  incomingId: Type.Union([Type.String(), Type.Null()]),
                  createdAt: Type.String(),
                }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => ({ items: await listEdxmlOutbox(deps, contextOf(request)) }),
    );

    app.get(
      '/api/edxml/packages/:id',
      {
        config: { access: { permission: P.register } },
        schema: {
          tags,
          summary: 'Tải gói tin edXML và ghi đã gửi / Download a package and mark it delivered',
          params: IdParams,
          response: { 200: Type.String(), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .type('application/xml; charset=utf-8')
          .header('content-disposition', `attachment; filename="${request.params.id}.edxml"`)
          .send(await takeEdxmlPackage(deps, contextOf(request), request.params)),
    );

    app.post(
      '/api/edxml/import',
      {
        config: { access: { permission: P.register } },
        bodyLimit: EDXML_UPLOAD_LIMIT,
        schema: {
          consumes: ['application/xml', 'text/xml'],
          tags,
          summary:
            'Nhập gói tin edXML (văn bản hoặc trạng thái) / Import an edXML package (document or status)',
          response: { 200: EdxmlImportResult, ...errorResponses },
        },
      },
      async (request) => importEdxml(deps, contextOf(request), { xml: request.body as string }),
    );
  };
}
