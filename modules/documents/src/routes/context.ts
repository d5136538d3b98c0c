import type { HttpApp, RequestContext } from '@openprovince/platform';
import type { FastifyRequest } from 'fastify';
import type { DocumentDeps } from '../documents-deps.ts';

export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, requestId: String(request.id), ip: request.ip };
}

export function agencyOfActor(request: FastifyRequest): string {
  return request.actor.kind === 'official' ? request.actor.agencyId : '';
}

/** PDF uploads (≤ 20 MB) and edXML files arrive as raw bodies; added once even if another module did. */
export function addBodyParsers(app: HttpApp): void {
  if (!app.hasContentTypeParser('application/pdf')) {
    app.addContentTypeParser(
      'application/pdf',
      { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 },
      (_req, body, done) => done(null, body),
    );
  }
  for (const type of ['application/xml', 'text/xml']) {
    if (!app.hasContentTypeParser(type)) {
      app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 30 * 1024 * 1024 }, (_req, body, done) =>
        done(null, body),
      );
    }
  }
}

/** Signing, issuing and copying ask for the password (and TOTP when the account has it) again. */
export function reauthenticated(
  deps: DocumentDeps,
  ctx: RequestContext,
  credentials: { password: string; totp?: string | undefined },
): Promise<Date> {
  const { password, totp } = credentials;
  return deps.reauthenticate(ctx, { password, ...(totp ? { totp } : {}) });
}
