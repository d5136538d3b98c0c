import { errorResponses, type HttpApp, Type } from '@openprovince/platform';
import type { FastifyRequest } from 'fastify';
import {
  CitizenLoginBody,
  LoginBody,
  MeSchema,
  RegisterCitizenBody,
  RegistrationReceivedSchema,
} from '../contracts/index.ts';
import type { IdentityDeps } from '../deps.ts';
import { getMe } from '../use-cases/get-me.ts';
import { logIn } from '../use-cases/log-in.ts';
import { logInCitizen } from '../use-cases/log-in-citizen.ts';
import { logOut } from '../use-cases/log-out.ts';
import { registerCitizen } from '../use-cases/register-citizen.ts';
import { resolveSession } from '../use-cases/resolve-session.ts';
import {
  type CookieOptions,
  clearSessionCookie,
  readSessionToken,
  setSessionCookie,
} from './session-cookie.ts';

/**
 * Sign-in and registration requests per client address and minute, all accounts together (instead of the
 * global anonymous limit). Set high (SIGN_IN_PER_ADDRESS_PER_MINUTE), since a whole office may share one
 * public address; guessing is stopped by the failure counters of throttle.ts, not by this.
 */
export function signInRateLimit(deps: IdentityDeps) {
  return {
    max: deps.signInLimits.perAddressPerMinute,
    timeWindow: 60_000,
    keyGenerator: (r: FastifyRequest) => `sign-in:${r.ip}`,
  };
}

export function authRoutes(deps: IdentityDeps, cookies: CookieOptions) {
  const rateLimit = signInRateLimit(deps);
  return async (app: HttpApp): Promise<void> => {
    app.post(
      '/api/auth/login',
      {
        config: {
          access: 'public',
          rateLimit,
        },
        schema: {
          tags: ['auth'],
          summary: 'Đăng nhập (cán bộ) / Official sign-in',
          body: LoginBody,
          response: { 200: MeSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const previousToken = readSessionToken(request);
        const result = await logIn(deps, request.ctx, {
          ...request.body,
          ...(previousToken ? { previousToken } : {}),
          ...(request.headers['user-agent'] ? { userAgent: request.headers['user-agent'] } : {}),
        });
        setSessionCookie(reply, result.token, result.expiresAt, cookies);
        return getMe(deps, { ...request.ctx, actor: result.actor }, { expiresAt: result.expiresAt });
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Đăng xuất / Sign out',
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const token = readSessionToken(request);
        if (token) await logOut(deps, request.ctx, { token });
        clearSessionCookie(reply, cookies);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['auth'],
          summary: 'Tôi là ai / Who am I',
          response: { 200: MeSchema, ...errorResponses },
        },
      },
      async (request) => {
        const session = await resolveSession(deps, { token: readSessionToken(request) });
        return getMe(deps, request.ctx, { expiresAt: session.expiresAt ?? new Date() });
      },
    );

    app.post(
      '/api/citizens',
      {
        config: {
          access: 'public',
          rateLimit,
        },
        schema: {
          tags: ['auth'],
          summary: 'Công dân đăng ký tài khoản / Citizen registration',
          description:
            'Trả lời giống nhau dù số định danh đã có tài khoản hay chưa; chủ tài khoản cũ được báo qua điện thoại/e-mail. / ' +
            'The same answer whether the ID number already has an account or not; an existing owner is told by phone/e-mail.',
          body: RegisterCitizenBody,
          response: { 202: RegistrationReceivedSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(202).send(await registerCitizen(deps.db, request.ctx, request.body)),
    );

    app.post(
      '/api/auth/citizen-login',
      {
        config: {
          access: 'public',
          rateLimit,
        },
        schema: {
          tags: ['auth'],
          summary: 'Đăng nhập (công dân) / Citizen sign-in',
          body: CitizenLoginBody,
          response: { 200: MeSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const previousToken = readSessionToken(request);
        const result = await logInCitizen(deps, request.ctx, {
          ...request.body,
          ...(previousToken ? { previousToken } : {}),
        });
        setSessionCookie(reply, result.token, result.expiresAt, cookies);
        const session = await resolveSession(deps, { token: result.token });
        return getMe(deps, { ...request.ctx, actor: session.actor }, { expiresAt: result.expiresAt });
      },
    );
  };
}
