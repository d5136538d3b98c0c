import { AppError } from '../errors/app-error.ts';
import type { HttpApp } from './create-http-app.ts';

export interface RawBodySpec {
  /** The media types these routes take, e.g. `['application/pdf']`. */
  types: readonly string[];
  /** The largest body, in bytes; a route may set a smaller `bodyLimit` of its own. */
  limitBytes: number;
  /** How the handler gets the body: bytes (the default) or text (XML). */
  as?: 'buffer' | 'string';
}

/**
 * Registers routes that take a raw body (a PDF, an edXML package, an OCSP request) in a scope of their own.
 * Only they parse those media types, up to their own limit, and they take nothing else (JSON gets 415);
 * every other route refuses such a body with 415 without reading it. The access gate runs before any body is
 * read, so an anonymous caller of a protected upload gets 401 at once.
 */
export async function withRawBody(
  app: HttpApp,
  spec: RawBodySpec,
  register: (scope: HttpApp) => void | Promise<void>,
): Promise<void> {
  await app.register(async (instance) => {
    const scope = instance as unknown as HttpApp;
    scope.removeAllContentTypeParsers();
    for (const type of spec.types) {
      scope.addContentTypeParser(
        type,
        { parseAs: spec.as ?? 'buffer', bodyLimit: spec.limitBytes },
        (_request, body, done) => done(null, body),
      );
    }
    scope.addHook('preValidation', async (request) => {
      const body = request.body as Buffer | string | undefined;
      if (body === undefined || body === null || body.length === 0) {
        throw new AppError('MALFORMED_REQUEST', {
          detail: `Thiếu nội dung tệp (${spec.types.join(', ')}).`,
          detailEn: `The request has no file (${spec.types.join(', ')}).`,
        });
      }
    });
    // A FastifyInstance is thenable: awaiting one returned by mistake (`scope => scope.post(…)`) would wait
    // for the server to be ready from inside its own plugin. Only a real promise is awaited.
    const registered = register(scope);
    if (registered instanceof Promise) await registered;
  });
}
