import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../errors/app-error.ts';
import { toProblem } from '../errors/problem.ts';
import {
  type RequestPart,
  type SchemaValidationError,
  schemaValidationFailed,
} from '../errors/validation-messages.ts';
import { safeErrorMessage } from '../util/redact.ts';

const FASTIFY_CODES: Record<string, AppError['code']> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_ERR_NOT_FOUND: 'ROUTE_NOT_FOUND',
  FST_ERR_BAD_URL: 'MALFORMED_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'MALFORMED_REQUEST',
  FST_ERR_INVALID_URL: 'MALFORMED_REQUEST',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
  FST_MULTIPART_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * Turns anything thrown into the closed set of codes. Unknown errors are 500 and logged, never echoed.
 * With the request, a schema validation error names its fields by the route schema's titles.
 */
export function toAppError(error: unknown, request?: FastifyRequest): AppError {
  if (isAppError(error)) return error;
  const fe = error as FastifyError & { validation?: SchemaValidationError[]; validationContext?: string };
  if (fe?.validation) {
    const part = (fe.validationContext ?? 'body') as RequestPart;
    const schemas = request?.routeOptions?.schema as Record<string, unknown> | undefined;
    return schemaValidationFailed({ errors: fe.validation, part, schema: schemas?.[part] });
  }
  const mapped = fe?.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return new AppError(mapped, { cause: error });
  if (fe?.statusCode === 429) return new AppError('RATE_LIMITED', { cause: error });
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (fe.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE', { cause: error });
    if (fe.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', { cause: error });
    if (fe.statusCode === 404) return new AppError('NOT_FOUND', { cause: error });
    return new AppError('MALFORMED_REQUEST', { cause: error });
  }
  return new AppError('INTERNAL', { cause: error });
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const problem = toProblem(error, String(request.id), request.url.split('?')[0]);
  if (error.options.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(Math.max(1, Math.ceil(error.options.retryAfterSeconds))));
  }
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

export function installErrorHandling(
  app: FastifyInstance,
  fallback?: (request: FastifyRequest, reply: FastifyReply) => boolean | Promise<boolean>,
  classifyError?: (error: unknown) => AppError | undefined,
): void {
  app.setErrorHandler((error, request, reply) => {
    let appError = toAppError(error, request);
    // Errors of the layers below the platform (the database) that the composition root knows how to name:
    // worth a warning (an outage, or input a schema let through), never a stack trace to the caller.
    const classified = appError.code === 'INTERNAL' ? classifyError?.(error) : undefined;
    if (classified) {
      appError = classified;
      request.log.warn({ code: appError.code, err: error }, 'request refused');
    } else if (appError.code === 'INTERNAL') {
      request.log.error({ err: error }, 'unhandled error');
    } else if (appError.options.cause) {
      request.log.info({ code: appError.code, reason: safeErrorMessage(error) }, 'request refused');
    }
    return sendProblem(request, reply, appError);
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (
      fallback &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/')
    ) {
      if (await fallback(request, reply)) return reply;
    }
    return sendProblem(request, reply, new AppError('ROUTE_NOT_FOUND'));
  });
}

/**
 * Answers what Node's HTTP parser refuses before Fastify sees a request (a malformed header, headers over
 * the size limit, a request that never finished arriving) with a problem document like every other error.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: AppError['code'] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? 'REQUEST_TIMEOUT'
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 'HEADERS_TOO_LARGE'
        : 'MALFORMED_REQUEST';
  const problem = toProblem(new AppError(code), randomUUID());
  const body = Buffer.from(JSON.stringify(problem));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${body.length}\r\n` +
        `Connection: close\r\n\r\n`,
    );
    socket.write(body);
  }
  socket.destroy(error);
}
