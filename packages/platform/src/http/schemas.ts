import { Type } from '@fastify/type-provider-typebox';

/** The problem document as an OpenAPI schema, referenced by every route's error responses. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    code: Type.String(),
    status: Type.Integer(),
    title: Type.String(),
    titleEn: Type.String(),
    detail: Type.Optional(Type.String()),
    detailEn: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    requestId: Type.String(),
    /** One entry per field: shown next to the field, in Vietnamese (`message`) or English (`messageEn`). */
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          path: Type.String({ description: 'JSON pointer into the request: /body/draftingUnit' }),
          field: Type.String({ description: 'The field inside its part, dotted: recipients.0.agencyId' }),
          message: Type.String({ description: 'Vietnamese' }),
          messageEn: Type.String({ description: 'English' }),
        }),
      ),
    ),
  },
  { additionalProperties: true, $id: 'Problem' },
);

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/**
 * How many rows a list skips. Bounded: past ten million rows nobody pages, and an unbounded integer
 * (offset=1e308) would reach PostgreSQL and fail there.
 */
export const Offset = Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 });

export const Paging = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Offset),
});

/** Common error responses, so the OpenAPI document lists them for each route. */
export const errorResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  412: ProblemSchema,
  422: ProblemSchema,
  429: ProblemSchema,
} as const;
