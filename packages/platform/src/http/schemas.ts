import { ProblemRef } from '../schema/shared.ts';

export { IdParams, Offset, Paging, PROBLEM_SCHEMA_ID, ProblemRef, ProblemSchema } from '../schema/shared.ts';

/**
 * The error responses of every route: any 4xx answer is a problem document (application/problem+json, RFC
 * 9457). One `4xx` entry (Fastify serializes 400…499 with it; OpenAPI writes it `4XX`) that refers to the
 * problem schema registered once by createHttpApp, instead of eight copies of the body per operation: the
 * OpenAPI document carries it once, under `components.schemas.Problem`.
 */
export const errorResponses = { '4xx': ProblemRef } as const;
