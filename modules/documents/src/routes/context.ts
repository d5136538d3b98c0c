import type { RequestContext } from '@openprovince/platform';
import type { FastifyRequest } from 'fastify';
import type { DocumentDeps } from '../documents-deps.ts';

export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, requestId: String(request.id), ip: request.ip };
}

export function agencyOfActor(request: FastifyRequest): string {
  return request.actor.kind === 'official' ? request.actor.agencyId : '';
}

/** A draft's PDF arrives as a raw body (PUT /api/documents/:id/file). */
export const PDF_UPLOAD_LIMIT = 20 * 1024 * 1024;
/** An edXML package carries its attachments in base64: up to 30 MB (POST /api/edxml/import). */
export const EDXML_UPLOAD_LIMIT = 30 * 1024 * 1024;

/** Signing, issuing and copying ask for the password (and TOTP when the account has it) again. */
export function reauthenticated(
  deps: DocumentDeps,
  ctx: RequestContext,
  credentials: { password: string; totp?: string | undefined },
): Promise<Date> {
  const { password, totp } = credentials;
  return deps.reauthenticate(ctx, { password, ...(totp ? { totp } : {}) });
}
