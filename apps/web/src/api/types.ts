import type { components, paths } from './openapi';

/**
 * Names for the generated API types (openapi.d.ts, from `npm run gen:api`). Nothing here describes a
 * payload by hand: each alias points into the generated `paths`.
 */
type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type ApiPath = keyof paths;

/** The JSON body of a successful (200) response. */
export type ResponseOf<P extends ApiPath, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: infer R };
}
  ? JsonBody<R>
  : never;

/** The JSON request body of an operation. */
export type RequestBodyOf<P extends ApiPath, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? JsonBody<NonNullable<B>>
  : never;

/** The form (multipart/form-data) of an upload operation: its text fields and its `file`. */
export type FormBodyOf<P extends ApiPath, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'multipart/form-data': infer B } };
}
  ? B
  : never;

/** The query parameters of an operation. */
export type QueryOf<P extends ApiPath, M extends keyof paths[P]> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/** The problem document (RFC 9457) every error response carries. */
export type ProblemBody = components['schemas']['Problem'];
