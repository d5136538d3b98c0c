import type { Db } from '@openprovince/db';
import { errorResponses, type HttpApp, type Static, Type } from '@openprovince/platform';
import {
  AdministrativeUnitSchema,
  BoundariesSchema,
  CountsQuery,
  PredecessorsQuery,
  PredecessorsResult,
  SuccessorsQuery,
  SuccessorsResult,
  UnitCountsSchema,
  UnitList,
  UnitListQuery,
  UnitParams,
  UnitQuery,
} from '../contracts/index.ts';
import { unitCounts } from '../use-cases/count-units.ts';
import { findPredecessors } from '../use-cases/find-predecessors.ts';
import { findSuccessors } from '../use-cases/find-successors.ts';
import { getBoundaries } from '../use-cases/get-boundaries.ts';
import { getUnit } from '../use-cases/get-unit.ts';
import { listUnits } from '../use-cases/list-units.ts';

/** The boundaries change only with a release of the data; ETag revalidation covers that case. */
const BOUNDARIES_CACHE_CONTROL = 'public, max-age=2592000, stale-while-revalidate=86400';

export function geographyRoutes(db: Db) {
  return async function register(app: HttpApp): Promise<void> {
    app.get(
      '/api/geography/units',
      {
        config: { access: 'public' },
        schema: {
          tags: ['geography'],
          summary: 'Danh sách đơn vị hành chính tại một ngày / Administrative units in force on a date',
          description:
            'Mặc định là hôm nay. / Defaults to today. Số liệu thống kê truyền ngày chốt số liệu (asOf).',
          querystring: UnitListQuery,
          response: { 200: UnitList, ...errorResponses },
        },
      },
      async (request) => listUnits(db, request.ctx, request.query),
    );

    app.get(
      '/api/geography/units/:code',
      {
        config: { access: 'public' },
        schema: {
          tags: ['geography'],
          summary: 'Đơn vị hành chính theo mã tại một ngày / Administrative unit by code on a date',
          description:
            'Mã có thể được dùng lại qua các thời kỳ. / Codes are reused over time; 404 if none that day.',
          params: UnitParams,
          querystring: UnitQuery,
          response: { 200: AdministrativeUnitSchema, ...errorResponses },
        },
      },
      async (request) => getUnit(db, request.ctx, { code: request.params.code, ...request.query }),
    );

    app.get(
      '/api/geography/units/:code/successors',
      {
        config: { access: 'public' },
        schema: {
          tags: ['geography'],
          summary: 'Đơn vị kế thừa tại một ngày sau / What a unit became by a later date',
          description:
            'asOf: ngày mã còn hiệu lực, để chỉ rõ đơn vị (mã được dùng lại). / asOf: a day the code was in force.',
          params: UnitParams,
          querystring: SuccessorsQuery,
          response: { 200: SuccessorsResult, ...errorResponses },
        },
      },
      async (request) => findSuccessors(db, request.ctx, { code: request.params.code, ...request.query }),
    );

    app.get(
      '/api/geography/units/:code/predecessors',
      {
        config: { access: 'public' },
        schema: {
          tags: ['geography'],
          summary: 'Các đơn vị đã hợp thành đơn vị này / The older units that went into a unit',
          params: UnitParams,
          querystring: PredecessorsQuery,
          response: { 200: PredecessorsResult, ...errorResponses },
        },
      },
      async (request) => findPredecessors(db, request.ctx, { code: request.params.code, ...request.query }),
    );

    app.get(
      '/api/geography/counts',
      {
        config: { access: 'public' },
        schema: {
          tags: ['geography'],
          summary: 'Số đơn vị hành chính theo cấp tại một ngày / Unit counts by level on a date',
          querystring: CountsQuery,
          response: { 200: UnitCountsSchema, ...errorResponses },
        },
      },
      async (request) => unitCounts(db, request.ctx, request.query),
    );

    app.get(
      '/api/geography/boundaries',
      {
        config: { access: 'public' },
        schema: {
          tags: ['geography'],
          summary:
            'Ranh giới 41 đơn vị cấp xã từ 01/07/2025 (GeoJSON) / Boundaries of the 41 commune-level units from 2025-07-01',
          response: { 200: BoundariesSchema, 304: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const boundaries = await getBoundaries(request.ctx);
        reply.header('cache-control', BOUNDARIES_CACHE_CONTROL).header('etag', boundaries.etag);
        if (request.headers['if-none-match'] === boundaries.etag) return reply.code(304).send(null);
        // The file is sent as is (Fastify does not serialise a Buffer): the 1.2 MB document is neither
        // parsed nor re-serialised per request. The schema above documents its shape.
        const geojson = boundaries.body as unknown as Static<typeof BoundariesSchema>;
        return reply.type('application/geo+json; charset=utf-8').send(geojson);
      },
    );
  };
}
