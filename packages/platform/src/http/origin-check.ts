import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { sendProblem } from './error-handler.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A server-to-server callback that other sites call (a payment gateway's webhook): the origin check
     * below does not apply. Such a route must authenticate its caller some other way (a signature).
     */
    crossOriginCallers?: boolean;
  }
}

/** Methods that change state; GET, HEAD and OPTIONS must not, so they need no check. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Why a browser request is refused as cross-site, or undefined when it may go on.
 * - `Sec-Fetch-Site: cross-site` is the browser's own word that another site made the request.
 * - An `Origin` that is neither this site's public address nor the host the request was sent to.
 * Requests with neither header come from programs (curl, other servers), which a cookie-bearing
 * forgery cannot be: a browser always sends one of them on a cross-site POST.
 */
export function crossOriginRefusal(input: {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The Host the request was addressed to (host[:port]). */
  host: string | undefined;
  /** This site's origins (PUBLIC_BASE_URL), e.g. https://dichvucong.travinh.gov.vn. */
  allowedOrigins: readonly string[];
}): 'cross-site' | 'foreign-origin' | undefined {
  if (!STATE_CHANGING.has(input.method.toUpperCase())) return undefined;
  if (input.secFetchSite?.toLowerCase() === 'cross-site') return 'cross-site';
  if (input.origin === undefined) return undefined;
  let origin: URL;
  try {
    // `Origin: null` (sandboxed frames, some redirects) does not parse: it is refused.
    origin = new URL(input.origin);
  } catch {
    return 'foreign-origin';
  }
  if (input.allowedOrigins.some((allowed) => sameOrigin(allowed, origin))) return undefined;
  // Behind a TLS-terminating proxy the scheme seen here differs from the browser's, so the host decides.
  if (input.host && origin.host.toLowerCase() === input.host.toLowerCase()) return undefined;
  return 'foreign-origin';
}

function sameOrigin(allowed: string, origin: URL): boolean {
  try {
    return new URL(allowed).origin === origin.origin;
  } catch {
    return false;
  }
}

/**
 * Refuses state-changing API requests that another site's page makes with the user's cookie (CSRF).
 * SameSite=Lax cookies alone do not cover it: a same-site page (another subdomain) and old browsers
 * still send them. Runs before the body is read.
 */
export function installOriginCheck(
  app: FastifyInstance,
  options: { allowedOrigins: readonly string[] },
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.routeOptions.config?.crossOriginCallers) return;
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const refusal = crossOriginRefusal({
      method: request.method,
      origin: header('origin'),
      secFetchSite: header('sec-fetch-site'),
      host: request.host,
      allowedOrigins: options.allowedOrigins,
    });
    if (!refusal) return;
    request.log.warn({ refusal, origin: header('origin') }, 'cross-origin request refused');
    return sendProblem(
      request,
      reply,
      new AppError('FORBIDDEN', {
        detail:
          'Yêu cầu thay đổi dữ liệu đến từ một trang web khác nên bị từ chối. Hãy thao tác trực tiếp trên trang của hệ thống.',
        detailEn:
          'A request that changes data came from another website and was refused. Use this site directly.',
      }),
    );
  });
}
