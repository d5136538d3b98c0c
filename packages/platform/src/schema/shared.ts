/**
 * Schemas every module's contracts and routes share. Browser-safe (TypeBox only): the web app may import
 * them through a module's contracts. The problem document is registered once with the HTTP app
 * (`app.addSchema`, see http/create-http-app.ts) and routes refer to it, so the OpenAPI document lists it
 * once under `components.schemas` instead of inlining it into every response of every operation.
 */
import { type Static, Type } from 'typebox';

/** The `$id` of the problem document (RFC 9457, application/problem+json) as a shared schema. */
export const PROBLEM_SCHEMA_ID = 'Problem';

/** The problem document every error answer carries (RFC 9457 with the platform's bilingual titles). */
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
  { additionalProperties: true, $id: PROBLEM_SCHEMA_ID },
);
export type Problem = Static<typeof ProblemSchema>;

/**
 * A reference to the registered problem schema, typed as the problem itself so that a route's reply type
 * stays exact (a bare `Type.Ref` would make it `unknown` and let any reply through the compiler).
 */
export const ProblemRef = Type.Unsafe<Problem>(Type.Ref(PROBLEM_SCHEMA_ID));

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
