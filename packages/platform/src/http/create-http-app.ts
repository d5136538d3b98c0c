import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import { type Actor, ANONYMOUS, type RequestContext } from '../context/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { redactLogFields, redactString, serializeError } from '../util/redact.ts';
import { checkAccess, type RouteAccess } from './access.ts';
import { installBodyTypes, MULTIPART_FORM } from './body-types.ts';
import { installDownloads } from './download.ts';
import { answerClientError, installErrorHandling, sendProblem, toAppError } from './error-handler.ts';
import { boundIntegers, findNulCharacter, nulCharacterError, parseJsonBody } from './input-guards.ts';
import { installOriginCheck } from './origin-check.ts';
import { installPermissionsPolicy } from './permissions-policy.ts';
import { installRateLimits, type RequestRateLimits } from './rate-limits.ts';
import { ProblemSchema } from './schemas.ts';
import { shareResponseSchemas } from './shared-schemas.ts';
import { uploadBodySchema } from './uploads.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route. Required on every route; see access.ts. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor;
    /** Who calls, this request's id and address: built once per request, passed to every use case. */
    ctx: RequestContext;
  }
}

export interface HttpAppOptions {
  /** Resolves the caller from the request (session cookie); anonymous when there is none. */
  resolveActor: (request: FastifyRequest) => Promise<Actor>;
  logLevel?: string;
  /** Requests per minute: anonymous callers are counted per IP, signed-in callers per account. */
  rateLimit?: RequestRateLimits;
  bodyLimitBytes?: number;
  /**
   * Which proxies may tell the client's address (X-Forwarded-For): false (none, the default), a hop count,
   * or a list of proxy addresses/CIDRs. Never `true`, which would believe an address the client wrote.
   */
  trustProxy?: boolean | number | string[];
  /** This site's public origins (PUBLIC_BASE_URL): state-changing requests from other origins are refused. */
  publicOrigins?: string[];
  /** Cookie signing secret. */
  cookieSecret: string;
  version?: string;
  /** Where log lines go (tests capture them); standard output by default. */
  logStream?: { write(line: string): void };
  /**
   * Answers GET requests outside /api that match no route (the web app's client-side routes); true when it
   * sent the answer. (Not the reply itself: a reply is thenable, and awaiting it yields undefined.)
   */
  fallback?: (request: FastifyRequest, reply: FastifyReply) => boolean | Promise<boolean>;
  /**
   * Names errors of the layers below the platform that would otherwise be a 500 (the composition root maps
   * "database unreachable" to 503 with Retry-After); undefined leaves the error as it is.
   */
  classifyError?: (error: unknown) => AppError | undefined;
}

/** Log fields shaped by a serializer rather than walked by the redaction. */
const SERIALIZED_LOG_FIELDS = new Set(['req', 'res', 'err']);

export type HttpApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Paths that are not API calls: documentation and the web app's static files. */
function isApiCall(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/**
 * Builds the Fastify instance with every cross-cutting concern of the platform: problem+json errors,
 * schema validation, OpenAPI, security headers, cookies, actor resolution, route access gates and rate
 * limits. Modules only add routes.
 */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logStream ? { stream: options.logStream } : {}),
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'] },
      // Runs on every line before the serializers: it must never walk the request, the reply or a body.
      formatters: { log: (obj) => redactLogFields(obj, SERIALIZED_LOG_FIELDS) },
      serializers: {
        err: (error: Error) => serializeError(error) as { type: string; message: string; stack: string },
        req: (req: { method?: string; url?: string; id?: unknown; raw?: { url?: string } }) => ({
          method: req.method,
          url: redactString(req.url ?? req.raw?.url ?? ''),
          reqId: req.id,
        }),
      },
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      // Accept a caller's request id only if it is short and harmless, so it can be echoed safely.
      return typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    trustProxy: trustedProxies(options.trustProxy ?? false),
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
    // A malformed URL or an overlong path parameter: answered like every other error, not Fastify's JSON.
    frameworkErrors: (error, request, reply) => sendProblem(request, reply, toAppError(error)),
    clientErrorHandler: answerClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  installErrorHandling(app, options.fallback, options.classifyError);
  // The API speaks JSON; routes that take a file declare it (`schema.consumes` with a type of body-types.ts,
  // or `config.upload` for a form). Plain text bodies get 415.
  app.removeContentTypeParser('text/plain');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, parseJsonBody);

  app.addHook('onRoute', (route) => {
    // Static files of the web app are public by nature; every API route must say who may call it.
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs') || route.config?.access) return;
    if (route.method === 'HEAD' || (Array.isArray(route.method) && route.method.includes('HEAD'))) return;
    throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
  });
  app.addHook('onRoute', (route) => {
    // Every integer a request can carry fits PostgreSQL's integer (offset=1e308 is a 400, not a 500).
    const schema = route.schema as Record<string, unknown> | undefined;
    if (!schema) return;
    for (const part of ['querystring', 'params', 'headers', 'body']) {
      if (schema[part]) schema[part] = boundIntegers(schema[part]);
    }
  });

  app.addHook('onRoute', (route) => {
    // A form upload is read by its route (readUpload), streamed: no body schema is validated, the route
    // takes multipart/form-data only, and OpenAPI documents the form (swagger's transform below).
    if (!route.config?.upload) return;
    const schema = (route.schema ?? {}) as Record<string, unknown>;
    if (schema.body) throw new Error(`Route ${route.url} declares both config.upload and schema.body`);
    route.schema = { ...schema, consumes: [MULTIPART_FORM] };
  });

  // The problem document once for the whole app (errorResponses refer to it); response schemas with a `$id`
  // are registered where they are used and referred to (shared-schemas.ts): the OpenAPI document lists
  // each once under components.schemas.
  app.addSchema(ProblemSchema);
  app.addHook('onRoute', function shareSchemas(route) {
    shareResponseSchemas(route.schema, this);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });

  await app.register(helmet, {
    // The SPA and Swagger UI load their own scripts and styles from this origin only.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  await app.register(cookie, { secret: options.cookieSecret });

  app.decorateRequest<Actor | null>('actor', null);
  app.decorateRequest<RequestContext | null>('ctx', null);
  app.addHook('onRequest', async (request) => {
    request.actor = isApiCall(request.url) ? await options.resolveActor(request) : ANONYMOUS;
    request.ctx = { actor: request.actor, requestId: request.id, ip: request.ip };
  });
  installDownloads(app);

  installOriginCheck(app, { allowedOrigins: options.publicOrigins ?? [] });
  installPermissionsPolicy(app);
  await installRateLimits(app, options.rateLimit ?? { anonymousPerMinute: 1200, accountPerMinute: 1200 });

  // Checked before the body is read, so a caller who may not use a route cannot make the server read (or
  // parse) an upload for it, and an anonymous caller learns nothing about a protected route's input.
  app.addHook('preParsing', async (request, reply, payload) => {
    const access = request.routeOptions.config?.access;
    if (!access) return payload;
    const outcome = checkAccess(access, request.actor);
    if (outcome === 'unauthenticated') return sendProblem(request, reply, new AppError('UNAUTHENTICATED'));
    if (outcome === 'forbidden') return sendProblem(request, reply, new AppError('FORBIDDEN'));
    return payload;
  });
  // After the access gate: a body type the route does not take is refused (415) before it is read.
  await installBodyTypes(app);
  // PostgreSQL cannot store U+0000 in text: refused for every string input before any route sees it.
  app.addHook('preValidation', async (request) => {
    const where = findNulCharacter(request);
    if (where) throw nulCharacterError(where);
  });

  await app.register(swagger, {
    // A shared schema is named by its `$id` (`#/components/schemas/Problem`), not `def-0`, `def-1`…
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'OpenProvince API',
        description: 'Nền tảng chính quyền số cấp tỉnh — API. Lỗi trả về dạng application/problem+json.',
        version: options.version ?? '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'op_session' } },
      },
    },
    transform: ({ schema, url, route }) => {
      const upload = route.config?.upload;
      return {
        schema: upload ? ({ ...schema, body: uploadBodySchema(upload) } as typeof schema) : schema,
        url,
      };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  return app as unknown as HttpApp;
}

/** A hop count as Fastify's trust function (its types take no number): the nearest `hops` proxies are believed. */
function trustedProxies(
  setting: boolean | number | string[],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}
