import { AppError, errorResponses, type HttpApp, Type } from '@openprovince/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdentityProvider } from '../adapters/federation/identity-provider.ts';
import {
  FEDERATION_CALLBACK_PATH,
  type LocalIdentityProvider,
} from '../adapters/federation/local-identity-provider.ts';
import type { IdentityDeps } from '../deps.ts';
import { finishFederatedSignIn } from '../use-cases/finish-federated-sign-in.ts';
import { FEDERATION_REQUEST_SECONDS, startFederatedSignIn } from '../use-cases/start-federated-sign-in.ts';
import { signInRateLimit } from './auth.routes.ts';
import { devIdentityProviderRoutes } from './dev-identity-provider.routes.ts';
import { readSessionToken, setSessionCookie } from './session-cookie.ts';

/** Ties the callback to the browser that started the sign-in (login CSRF); readable only by this path. */
export const FEDERATION_STATE_COOKIE = 'op_vneid_state';
const STATE_COOKIE_PATH = '/api/auth/vneid';

export interface FederationRouteOptions {
  provider: IdentityProvider;
  /** Also serve the local development provider under /api/dev-idp (never in production). */
  devProvider?: boolean;
  secureCookies: boolean;
  /** The callback URL registered with the provider; the relative path suits the local provider. */
  redirectUri?: string;
}

function stateCookieMatches(request: FastifyRequest, state: string): boolean {
  const raw = request.cookies?.[FEDERATION_STATE_COOKIE];
  if (!raw) return false;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value === state;
}

function clearStateCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(FEDERATION_STATE_COOKIE, {
    path: STATE_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure,
  });
}

/** Sign-in through the identity provider (VNeID): start → provider → callback → session cookie. */
export function federationRoutes(deps: IdentityDeps, options: FederationRouteOptions) {
  const redirectUri = options.redirectUri ?? FEDERATION_CALLBACK_PATH;
  if (options.devProvider && !('server' in options.provider)) {
    throw new Error('devProvider needs the provider made by createLocalIdentityProvider()');
  }
  return async (app: HttpApp): Promise<void> => {
    app.get(
      '/api/auth/vneid/start',
      {
        config: {
          access: 'public',
          rateLimit: signInRateLimit(deps),
        },
        schema: {
          tags: ['auth'],
          summary: 'Bắt đầu đăng nhập qua VNeID / Start signing in with VNeID',
          querystring: Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 2000 })) }),
          response: { 302: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { location, state } = await startFederatedSignIn(deps, request.ctx, {
          provider: options.provider,
          redirectUri,
          ...(request.query.returnTo ? { returnTo: request.query.returnTo } : {}),
        });
        reply.setCookie(FEDERATION_STATE_COOKIE, state, {
          httpOnly: true,
          // Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
          sameSite: 'lax',
          secure: options.secureCookies,
          path: STATE_COOKIE_PATH,
          signed: true,
          maxAge: FEDERATION_REQUEST_SECONDS,
        });
        return reply.redirect(location, 302);
      },
    );

    app.get(
      '/api/auth/vneid/callback',
      {
        config: {
          access: 'public',
          rateLimit: signInRateLimit(deps),
        },
        schema: {
          tags: ['auth'],
          summary: 'VNeID chuyển về sau khi đăng nhập / VNeID redirects back after sign-in',
          querystring: Type.Object({
            code: Type.Optional(Type.String({ maxLength: 2000 })),
            state: Type.Optional(Type.String({ maxLength: 200 })),
            error: Type.Optional(Type.String({ maxLength: 200 })),
            error_description: Type.Optional(Type.String({ maxLength: 2000 })),
          }),
          response: { 302: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { code, state } = request.query;
        clearStateCookie(reply, options.secureCookies);
        if (request.query.error || !code || !state || !stateCookieMatches(request, state)) {
          throw new AppError('UNAUTHENTICATED', {
            detail: request.query.error
              ? 'Đăng nhập qua VNeID đã bị hủy hoặc không thành công'
              : 'Phiên đăng nhập qua VNeID không hợp lệ; vui lòng đăng nhập lại',
            detailEn: request.query.error
              ? 'The VNeID sign-in was cancelled or failed'
              : 'The VNeID sign-in is not valid for this browser; please sign in again',
          });
        }
        const previousToken = readSessionToken(request);
        const result = await finishFederatedSignIn(deps, request.ctx, {
          provider: options.provider,
          state,
          code,
          ...(previousToken ? { previousToken } : {}),
          ...(request.headers['user-agent'] ? { userAgent: request.headers['user-agent'] } : {}),
        });
        setSessionCookie(reply, result.token, result.expiresAt, { secure: options.secureCookies });
        return reply.redirect(result.returnTo, 302);
      },
    );

    if (options.devProvider) await devIdentityProviderRoutes(options.provider as LocalIdentityProvider)(app);
  };
}
