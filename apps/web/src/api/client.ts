import createClient from 'openapi-fetch';
import type { paths } from './openapi';
import { problemFromResponse, toApiProblem } from './problem.ts';

/**
 * The typed API client. Paths, parameters and bodies are checked against the generated OpenAPI types;
 * the session travels in the httpOnly `op_session` cookie, so there is no token to handle here.
 */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { accept: 'application/json, application/problem+json' },
});

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves to the response body, or rejects with an `ApiProblem` (server problem or network failure). */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiProblem(error);
  }
  if (!result.response.ok) throw problemFromResponse(result.response, result.error);
  return result.data as T;
}
