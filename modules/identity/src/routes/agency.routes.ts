import { errorResponses, etagOf, type HttpApp, IdParams, parseIfMatch } from '@openprovince/platform';
import {
  AgencyListQuery,
  AgencyPage,
  AgencySchema,
  CreateAgencyBody,
  IDENTITY_PERMISSIONS,
  UpdateAgencyBody,
} from '../contracts/index.ts';
import type { IdentityDeps } from '../deps.ts';
import { createAgency } from '../use-cases/create-agency.ts';
import { getAgency } from '../use-cases/get-agency.ts';
import { listAgencies } from '../use-cases/list-agencies.ts';
import { updateAgency } from '../use-cases/update-agency.ts';

export function agencyRoutes(deps: IdentityDeps) {
  return async (app: HttpApp): Promise<void> => {
    app.get(
      '/api/agencies',
      {
        config: { access: 'public' },
        schema: {
          tags: ['directory'],
          summary: 'Danh bạ cơ quan / Agency directory',
          querystring: AgencyListQuery,
          response: { 200: AgencyPage, ...errorResponses },
        },
      },
      async (request) => listAgencies(deps.db, request.query),
    );

    app.get(
      '/api/agencies/:id',
      {
        config: { access: 'public' },
        schema: {
          tags: ['directory'],
          summary: 'Thông tin cơ quan / One agency',
          params: IdParams,
          response: { 200: AgencySchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const agency = await getAgency(deps.db, request.params);
        reply.header('etag', etagOf(agency.version));
        return agency;
      },
    );

    app.post(
      '/api/agencies',
      {
        config: { access: { permission: IDENTITY_PERMISSIONS.manageAgencies } },
        schema: {
          tags: ['directory'],
          summary: 'Thêm cơ quan / Create an agency',
          body: CreateAgencyBody,
          response: { 201: AgencySchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const agency = await createAgency(deps.db, request.ctx, request.body);
        return reply.code(201).header('etag', etagOf(agency.version)).send(agency);
      },
    );

    app.patch(
      '/api/agencies/:id',
      {
        config: { access: { permission: IDENTITY_PERMISSIONS.manageAgencies } },
        schema: {
          tags: ['directory'],
          summary: 'Sửa, chuyển hoặc giải thể cơ quan (cần If-Match) / Update or close an agency (If-Match)',
          params: IdParams,
          body: UpdateAgencyBody,
          response: { 200: AgencySchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const agency = await updateAgency(deps.db, request.ctx, {
          id: request.params.id,
          expectedVersion: parseIfMatch(request.headers['if-match']),
          changes: request.body,
        });
        reply.header('etag', etagOf(agency.version));
        return agency;
      },
    );
  };
}
