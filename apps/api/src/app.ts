import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { type Db, sql } from '@openprovince/db';
import { readSessionToken, resolveSession } from '@openprovince/identity';
import { createHttpApp, type HttpApp, Type } from '@openprovince/platform';
import { type AppConfig, testConfig } from './config.ts';
import { classifyDatabaseError, DATABASE_RETRY_AFTER_SECONDS } from './database-errors.ts';
import { composePlatform, type Platform } from './modules.ts';

export interface BuildAppOptions {
  db: Db;
  config?: Partial<AppConfig>;
  /** Checks the database for /api/ready. */
  ping?: () => Promise<void>;
  now?: () => Date;
  /** The composed modules, when the caller (main.ts) also runs their jobs. */
  platform?: Platform;
  /** Where log lines go (tests read them); standard output by default. */
  logStream?: { write(line: string): void };
}

/** What a missing static file is named like: a request for one is a 404, not the web app's page. */
const STATIC_FILE =
  /\.(js|mjs|css|map|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|otf|txt|json|xml|webmanifest|pdf|br|gz|html?)$/i;

/**
 * Whether a GET outside /api is a page of the web app (/, /procedures/…, /news, /verify, /lookup), which
 * gets index.html whatever the client accepts (a link preview or curl sends no text/html), rather than a
 * missing file (/assets/x.js, /robots.txt), which stays 404.
 */
function isWebAppPage(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  if (path === '/api' || path.startsWith('/api/') || path.startsWith('/assets/')) return false;
  return !STATIC_FILE.test(path);
}

const VERSION = '0.1.0';

/** The composition root: platform concerns, then every module's routes, then the web app. No business logic. */
export async function buildApp(options: BuildAppOptions): Promise<HttpApp> {
  const config = { ...testConfig(), ...options.config };
  const platform: Platform =
    options.platform ??
    composePlatform({ db: options.db, config, ...(options.now ? { now: options.now } : {}) });
  const identity = platform.identity;
  const hasWeb = existsSync(join(config.webDist, 'index.html'));

  const app = await createHttpApp({
    cookieSecret: config.cookieSecret,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    rateLimit: config.rateLimit,
    publicOrigins: [config.publicBaseUrl],
    version: VERSION,
    classifyError: classifyDatabaseError,
    ...(options.logStream ? { logStream: options.logStream } : {}),
    resolveActor: async (request) =>
      (await resolveSession(identity, { token: readSessionToken(request) })).actor,
    ...(hasWeb
      ? {
          // Client-side routes of the web app (e.g. /agencies/…) get index.html. sendFile answers once the
          // file is read; its promise is awaited so the not-found handler returns only after the reply.
          fallback: async (request, reply) => {
            if (!isWebAppPage(request.url)) return false;
            await reply.sendFile('index.html');
            return true;
          },
        }
      : {}),
  });

  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'Tiến trình còn sống / Liveness',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            version: Type.String(),
            uptimeSeconds: Type.Number(),
          }),
        },
      },
    },
    async () => ({ status: 'ok' as const, version: VERSION, uptimeSeconds: Math.round(process.uptime()) }),
  );

  app.get(
    '/api/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'Sẵn sàng phục vụ (kết nối cơ sở dữ liệu) / Readiness (database reachable)',
        response: {
          200: Type.Object({ status: Type.Literal('ready') }),
          503: Type.Object({ status: Type.Literal('unavailable'), reason: Type.String() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await (options.ping ?? (async () => void (await options.db.execute(sql`select 1`))))();
        return { status: 'ready' as const };
      } catch {
        return reply
          .code(503)
          .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
          .send({ status: 'unavailable' as const, reason: 'database' });
      }
    },
  );

  for (const register of platform.routes) {
    await register(app);
  }

  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.webDist,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // The web build writes a .br and a .gz beside each text file (vite.config.ts): sent to browsers that
      // accept them, with no compression work per request.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        // Hashed file names under /assets change with their content: cached for a year. Everything else
        // (index.html, favicon) is revalidated, so a new release is picked up at once.
        reply.header(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  return app;
}
