import { api, unwrap } from '../../../api/client.ts';
import type { paths } from '../../../api/openapi';
import { ApiProblem } from '../../../api/problem.ts';
import type { RequestBodyOf, ResponseOf } from '../../../api/types.ts';

export type Me = ResponseOf<'/api/auth/me', 'get'>;
export type LoginRequest = RequestBodyOf<'/api/auth/login', 'post'>;

/** The signed-in account, or null when there is no (valid) session. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/api/auth/me', { signal }));
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return null;
    throw error;
  }
}

/** Rejects with an ApiProblem; SECOND_FACTOR_REQUIRED means "ask for the TOTP code and send again". */
export function login(body: LoginRequest): Promise<Me> {
  return unwrap(api.POST('/api/auth/login', { body }));
}

export async function logout(): Promise<void> {
  await unwrap(api.POST('/api/auth/logout'));
}

export type CitizenLoginRequest = RequestBodyOf<'/api/auth/citizen-login', 'post'>;
export type CitizenRegistration = RequestBodyOf<'/api/citizens', 'post'>;

export function citizenLogin(body: CitizenLoginRequest): Promise<Me> {
  return unwrap(api.POST('/api/auth/citizen-login', { body }));
}

type RegistrationResponses = paths['/api/citizens']['post']['responses'];
export type RegistrationReceived = RegistrationResponses[202]['content']['application/json'];

/** The same answer whether the ID number already had an account or not (the API hides which). */
export function registerCitizen(body: CitizenRegistration): Promise<RegistrationReceived> {
  return unwrap(api.POST('/api/citizens', { body }));
}
