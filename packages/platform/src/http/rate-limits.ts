import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../context/actor.ts';
import { AppError } from '../errors/app-error.ts';

export interface RequestRateLimits {
  /** Requests per minute of a caller who is not signed in, counted per client address. */
  anonymousPerMinute: number;
  /** Requests per minute of a signed-in caller, counted per account (whatever the address). */
  accountPerMinute: number;
}

/**
 * Paths never counted: the load balancer's and orchestrator's probes (/api/health, /api/ready), which
 * often share one address with real users and must never be refused; the documentation and the web
 * app's static files.
 */
export function isRateLimited(url: string): boolean {
  const path = url.split('?', 1)[0]!;
  if (!path.startsWith('/api/') || path.startsWith('/api/docs')) return false;
  return path !== '/api/health' && path !== '/api/ready';
}

function actorKey(actor: Actor): string | undefined {
  if (actor.kind === 'official') return `official:${actor.userId}`;
  if (actor.kind === 'citizen') return `citizen:${actor.citizenId}`;
  return undefined;
}

/**
 * The global request rate limit (429 + Retry-After). Anonymous callers are counted per client address
 * (request.ip: the proxy-reported address only when TRUST_PROXY trusts the proxy), signed-in callers
 * per account, so that an office sharing one public address is not limited as one caller. Routes may
 * set their own `config.rateLimit` (sign-in does).
 */
export async function installRateLimits(app: FastifyInstance, limits: RequestRateLimits): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    timeWindow: 60_000,
    allowList: (request: FastifyRequest) => !isRateLimited(request.url),
    keyGenerator: (request: FastifyRequest) => actorKey(request.actor) ?? `ip:${request.ip}`,
    max: (request: FastifyRequest) =>
      actorKey(request.actor) ? limits.accountPerMinute : limits.anonymousPerMinute,
    errorResponseBuilder: (_request, context) => {
      const error = new AppError('RATE_LIMITED', { retryAfterSeconds: Math.ceil(context.ttl / 1000) });
      return Object.assign(error, { statusCode: 429 });
    },
  });
}
