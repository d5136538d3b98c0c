import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { HttpApp } from './create-http-app.ts';
import { sendProblem } from './error-handler.ts';

/**
 * The bodies other than JSON that the platform reads, declared here once for every route (ADR 0009). A route
 * takes one by listing it in `schema.consumes` (which also documents it in OpenAPI) and sets its own
 * `bodyLimit`; every other route refuses it with 415 before reading a byte. Modules never register a
 * content-type parser: when they did, the first module to register a type set its size limit for all.
 */
export const BINARY_BODY_TYPES = {
  'application/pdf': 'buffer',
  'application/octet-stream': 'buffer',
  'application/ocsp-request': 'buffer',
  'application/timestamp-query': 'buffer',
  // edXML packages: text, read by an XML parser.
  'application/xml': 'string',
  'text/xml': 'string',
} as const satisfies Record<string, 'buffer' | 'string'>;

/** File uploads from forms: streamed part by part (readUpload in uploads.ts), never buffered whole. */
export const MULTIPART_FORM = 'multipart/form-data';

/**
 * The form reader's limits where a route gives none: one file, a few short fields. Every upload route reads
 * its form with readUpload, which sets the route's own (UploadSpec); raw routes set their `bodyLimit`.
 */
const DEFAULT_MULTIPART_LIMITS = {
  fieldNameSize: 100,
  fieldSize: 4096,
  fields: 10,
  files: 1,
  headerPairs: 50,
  parts: 11,
};

/** The media type of a request without its parameters (`; charset=…`, `; boundary=…`), lowercased. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type || undefined;
}

/** Fastify reads no body for GET and HEAD: whatever such a request carries is never parsed. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

function hasBody(request: FastifyRequest): boolean {
  if (!BODY_METHODS.has(request.method)) return false;
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The media types a route takes: those it lists in `schema.consumes`, JSON otherwise. */
function consumedBy(request: FastifyRequest): readonly string[] | undefined {
  const schema = request.routeOptions.schema as { consumes?: readonly string[] } | undefined;
  return schema?.consumes?.map((type) => type.toLowerCase());
}

const PLATFORM_TYPES = new Set<string>([...Object.keys(BINARY_BODY_TYPES), MULTIPART_FORM]);

function unsupported(accepted: readonly string[]): AppError {
  const list = accepted.join(', ');
  return new AppError('UNSUPPORTED_MEDIA_TYPE', {
    detail: `Đường dẫn này chỉ nhận nội dung kiểu ${list}`,
    detailEn: `This route only takes ${list}`,
    extra: { accepted },
  });
}

/**
 * Declares the binary and multipart body types once, and the gate that keeps each on the routes that take
 * it. Installed by createHttpApp after the access gate, so a caller who may not use a route learns 401/403
 * and the body is never read.
 */
export async function installBodyTypes(app: HttpApp): Promise<void> {
  for (const [type, parseAs] of Object.entries(BINARY_BODY_TYPES)) {
    // No bodyLimit here: Fastify applies the route's own `bodyLimit` (or the app's) to the parser.
    app.addContentTypeParser(type, { parseAs }, (_request, body, done) => done(null, body));
  }
  // The parts are read by the route (readUpload), streamed, after the access gate.
  await app.register(multipart, { limits: DEFAULT_MULTIPART_LIMITS, throwFileSizeLimit: true });

  app.addHook('preParsing', async (request, reply, payload) => {
    if (reply.sent || !hasBody(request)) return payload;
    const type = mediaTypeOf(request.headers['content-type']);
    if (!type) return payload;
    const consumes = consumedBy(request);
    // A route that lists its types takes only those; the others take JSON and none of the platform's types.
    const refused = consumes ? !consumes.includes(type) : PLATFORM_TYPES.has(type);
    if (refused) return sendProblem(request, reply, unsupported(consumes ?? ['application/json']));
    return payload;
  });

  app.addHook('preValidation', async (request) => {
    // A route that takes a raw file gets one: an empty or missing body is refused before its handler.
    if (!consumedBy(request)?.some((type) => type in BINARY_BODY_TYPES)) return;
    const type = mediaTypeOf(request.headers['content-type']) ?? 'application/octet-stream';
    if (type === MULTIPART_FORM) return;
    const body = request.body as Buffer | string | undefined | null;
    if (body === undefined || body === null || body.length === 0) {
      throw new AppError('MALFORMED_REQUEST', {
        detail: `Thiếu nội dung tệp (${type}).`,
        detailEn: `The request has no file (${type}).`,
      });
    }
  });
}
