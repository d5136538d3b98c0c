import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'op_session';

export interface CookieOptions {
  /** Send the cookie over HTTPS only (production). */
  secure: boolean;
}

export function readSessionToken(request: FastifyRequest): string | undefined {
  const raw = request.cookies?.[SESSION_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  options: CookieOptions,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    // Lax keeps the session on links from e-mails; writes are JSON-only, which a cross-site form cannot send.
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    signed: true,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, options: CookieOptions): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secure });
}
