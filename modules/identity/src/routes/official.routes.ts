import { errorResponses, etagOf, type HttpApp, IdParams, parseIfMatch, Type } from '@openprovince/platform';
import {
  CreateOfficialBody,
  OfficialListQuery,
  OfficialPage,
  OfficialSchema,
  IDENTITY_PERMISSIONS as P,
  UpdateOfficialBody,
} from '../contracts/index.ts';
import type { IdentityDeps } from '../deps.ts';
import { createOfficial } from '../use-cases/create-official.ts';
import { getOfficial } from '../use-cases/get-official.ts';
import { listOfficials } from '../use-cases/list-officials.ts';
import { setOfficialPassword } from '../use-cases/set-official-password.ts';
import { updateOfficial } from '../use-cases/update-official.ts';

const readers = { anyPermission: [P.readOwnOfficials, P.manageOwnOfficials, P.manageAllOfficials] };
const managers = { anyPermission: [P.manageOwnOfficials, P.manageAllOfficials] };

export function officialRoutes(deps: IdentityDeps) {
  return async (app: HttpApp): Promise<void> => {
    app.get(
      '/api/officials',
      {
        config: { access: readers },
        schema: {
          tags: ['officials'],
          summary: 'Danh sách cán bộ (trong phạm vi cơ quan) / Officials (agency-scoped)',
          querystring: OfficialListQuery,
          response: { 200: OfficialPage, ...errorResponses },
        },
      },
      async (request) => listOfficials(deps.db, request.ctx, request.query),
    );

    app.get(
      '/api/officials/:id',
      {
        config: { access: readers },
        schema: {
          tags: ['officials'],
          summary: 'Thông tin cán bộ / One official',
          params: IdParams,
          response: { 200: OfficialSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const official = await getOfficial(deps.db, request.ctx, request.params);
        reply.header('etag', etagOf(official.version));
        return official;
      },
    );

    app.post(
      '/api/officials',
      {
        config: { access: managers },
        schema: {
          tags: ['officials'],
          summary: 'Tạo tài khoản cán bộ / Create an official account',
          body: CreateOfficialBody,
          response: { 201: OfficialSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const official = await createOfficial(deps, request.ctx, request.body);
        return reply.code(201).header('etag', etagOf(official.version)).send(official);
      },
    );

    app.patch(
      '/api/officials/:id',
      {
        config: { access: managers },
        schema: {
          tags: ['officials'],
          summary: 'Sửa tài khoản cán bộ (cần If-Match) / Update an official (If-Match)',
          params: IdParams,
          body: UpdateOfficialBody,
          response: { 200: OfficialSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const official = await updateOfficial(deps, request.ctx, {
          id: request.params.id,
          expectedVersion: parseIfMatch(request.headers['if-match']),
          changes: request.body,
        });
        reply.header('etag', etagOf(official.version));
        return official;
      },
    );

    app.put(
      '/api/officials/:id/password',
      {
        config: { access: 'official' },
        schema: {
          tags: ['officials'],
          summary: 'Đổi / đặt lại mật khẩu / Change or reset a password',
          params: IdParams,
          body: Type.Object(
            {
              newPassword: Type.String({ minLength: 10, maxLength: 128 }),
              currentPassword: Type.Optional(Type.String({ maxLength: 200 })),
            },
            { additionalProperties: false },
          ),
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await setOfficialPassword(deps.db, request.ctx, { id: request.params.id, ...request.body });
        return reply.code(204).send(null);
      },
    );
  };
}
