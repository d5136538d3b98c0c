import {
  errorResponses,
  etagOf,
  type HttpApp,
  IdParams,
  parseIfMatch,
  type RequestContext,
  Type,
} from '@openprovince/platform';
import {
  CreateProcedureBody,
  FieldList,
  FormValidationResult,
  IdOrCodeParams,
  ProcedureListQuery,
  ProcedurePage,
  ProcedureSchema,
  RetireProcedureBody,
  SERVICES_PERMISSIONS,
  ServiceLevelInput,
  ServiceLevelStatsSchema,
  StatsQuery,
  UpdateProcedureBody,
  ValidateFormBody,
} from '../contracts/index.ts';
import type { ServicesDeps } from '../deps.ts';
import { createProcedure } from '../use-cases/create-procedure.ts';
import { getProcedure } from '../use-cases/get-procedure.ts';
import { listFields } from '../use-cases/list-fields.ts';
import { retireProcedure } from '../use-cases/retire-procedure.ts';
import { searchProcedures } from '../use-cases/search-procedures.ts';
import { serviceLevelStats } from '../use-cases/service-level-stats.ts';
import { setServiceLevel } from '../use-cases/set-service-level.ts';
import { updateProcedure } from '../use-cases/update-procedure.ts';
import { validateSubmissionForm } from '../use-cases/validate-submission-form.ts';

const tags = ['services'];
const manage = { anyPermission: [SERVICES_PERMISSIONS.manage, SERVICES_PERMISSIONS.manageOwn] } as const;
const contextOf = (request: { actor: RequestContext['actor']; id: string; ip: string }): RequestContext => ({
  actor: request.actor,
  requestId: request.id,
  ip: request.ip,
});
const AsOfQuery = Type.Object({ asOf: Type.Optional(Type.String({ format: 'date' })) });
const versioned = errorResponses;

export function servicesRoutes(deps: ServicesDeps) {
  const { db } = deps;
  return async function register(app: HttpApp): Promise<void> {
    app.get(
      '/api/procedures',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Tra cứu thủ tục hành chính (không dấu cũng được) / Search administrative procedures',
          querystring: ProcedureListQuery,
          response: { 200: ProcedurePage, ...errorResponses },
        },
      },
      async (request) => searchProcedures(deps, contextOf(request), request.query),
    );

    app.get(
      '/api/procedures/stats',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'Số dịch vụ công theo mức độ và công khai trên Cổng DVC quốc gia / Services by online level',
          querystring: StatsQuery,
          response: { 200: ServiceLevelStatsSchema, ...errorResponses },
        },
      },
      async (request) => serviceLevelStats(deps, contextOf(request), request.query),
    );

    app.get(
      '/api/procedures/:idOrCode',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'Chi tiết thủ tục: hồ sơ, phí, thời hạn, mức độ / One procedure: components, fees, time limit, level',
          params: IdOrCodeParams,
          querystring: AsOfQuery,
          response: { 200: ProcedureSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const procedure = await getProcedure(deps, contextOf(request), {
          idOrCode: request.params.idOrCode,
          ...(request.query.asOf ? { asOf: request.query.asOf } : {}),
        });
        reply.header('etag', etagOf(procedure.version));
        return procedure;
      },
    );

    app.post(
      '/api/procedures',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Thêm thủ tục vào danh mục / Add a procedure to the catalogue',
          body: CreateProcedureBody,
          response: { 201: ProcedureSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const procedure = await createProcedure(deps, contextOf(request), request.body);
        return reply.code(201).header('etag', etagOf(procedure.version)).send(procedure);
      },
    );

    app.patch(
      '/api/procedures/:id',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Sửa thủ tục (cần If-Match) / Update a procedure (If-Match)',
          params: IdParams,
          body: UpdateProcedureBody,
          response: { 200: ProcedureSchema, ...versioned },
        },
      },
      async (request, reply) => {
        const procedure = await updateProcedure(deps, contextOf(request), {
          id: request.params.id,
          expectedVersion: parseIfMatch(request.headers['if-match']),
          changes: request.body,
        });
        reply.header('etag', etagOf(procedure.version));
        return procedure;
      },
    );

    app.put(
      '/api/procedures/:id/service-levels',
      {
        config: { access: manage },
        schema: {
          tags,
          summary:
            'Đặt mức độ dịch vụ công trực tuyến từ một ngày (cần If-Match) / Set the online service level from a date (If-Match)',
          params: IdParams,
          body: ServiceLevelInput,
          response: { 200: ProcedureSchema, ...versioned },
        },
      },
      async (request, reply) => {
        const procedure = await setServiceLevel(deps, contextOf(request), {
          id: request.params.id,
          expectedVersion: parseIfMatch(request.headers['if-match']),
          change: request.body,
        });
        reply.header('etag', etagOf(procedure.version));
        return procedure;
      },
    );

    app.post(
      '/api/procedures/:id/retire',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Bãi bỏ thủ tục từ sau một ngày (cần If-Match) / Retire a procedure (If-Match)',
          params: IdParams,
          body: RetireProcedureBody,
          response: { 200: ProcedureSchema, ...versioned },
        },
      },
      async (request, reply) => {
        const procedure = await retireProcedure(deps, contextOf(request), {
          id: request.params.id,
          expectedVersion: parseIfMatch(request.headers['if-match']),
          validTo: request.body.validTo,
        });
        reply.header('etag', etagOf(procedure.version));
        return procedure;
      },
    );

    app.post(
      '/api/procedures/:id/form-validation',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Kiểm tra tờ khai điện tử trước khi nộp / Check e-form answers before filing',
          params: IdParams,
          body: ValidateFormBody,
          response: { 200: FormValidationResult, ...errorResponses },
        },
      },
      async (request) =>
        validateSubmissionForm(db, contextOf(request), {
          procedureId: request.params.id,
          answers: request.body.answers,
        }),
    );

    app.get(
      '/api/procedure-fields',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Danh sách lĩnh vực thủ tục / Procedure fields',
          querystring: AsOfQuery,
          response: { 200: FieldList, ...errorResponses },
        },
      },
      async (request) => listFields(deps, contextOf(request), request.query),
    );
  };
}
