import { Type } from '@fastify/type-provider-typebox';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS } from '../context/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { ERROR_CODES } from '../errors/error-codes.ts';
import { createHttpApp } from './create-http-app.ts';
import { toAppError } from './error-handler.ts';

const official: Actor = {
  kind: 'official',
  userId: 'u1',
  username: 'a',
  fullName: 'A',
  agencyId: 'g1',
  roles: ['clerk'],
  permissions: new Set(['things:read']),
};

async function build(options: { lines?: string[]; anonymousPerMinute?: number } = {}) {
  const app = await createHttpApp({
    cookieSecret: 'x'.repeat(32),
    logLevel: 'info',
    logStream: { write: (line) => options.lines?.push(line) },
    bodyLimitBytes: 1024,
    rateLimit: { anonymousPerMinute: options.anonymousPerMinute ?? 1000, accountPerMinute: 1000 },
    resolveActor: async (request) => (request.headers['x-test-user'] ? official : ANONYMOUS),
  });
  app.post(
    '/api/things',
    {
      config: { access: 'public' },
      schema: {
        body: Type.Object({ name: Type.String({ minLength: 2 }), phone: Type.Optional(Type.String()) }),
        response: { 201: Type.Object({ name: Type.String() }) },
      },
    },
    async (request, reply) => {
      request.log.info({ phone: request.body.phone, note: `gọi ${request.body.phone}` }, 'thing created');
      return reply.code(201).send({ name: request.body.name });
    },
  );
  app.get('/api/secret', { config: { access: { permission: 'things:read' } } }, async () => ({ ok: true }));
  app.get('/api/admin', { config: { access: { permission: 'things:delete' } } }, async () => ({ ok: true }));
  app.get('/api/boom', { config: { access: 'public' } }, async () => {
    throw new Error('database password is hunter2');
  });
  app.get('/api/conflict', { config: { access: 'public' } }, async () => {
    throw new AppError('CONFLICT', { detail: 'Trùng', detailEn: 'Duplicate' });
  });
  await app.ready();
  return app;
}

describe('HTTP platform', () => {
  it('maps every failure to application/problem+json with Vietnamese and English text and a request id', async () => {
    const app = await build();
    const cases: [InjectOptions, number, string][] = [
      [{ method: 'GET', url: '/api/nothing-here' }, 404, 'ROUTE_NOT_FOUND'],
      [{ method: 'POST', url: '/api/things', payload: { name: 'x' } }, 400, 'VALIDATION_FAILED'],
      [
        {
          method: 'POST',
          url: '/api/things',
          headers: { 'content-type': 'application/xml' },
          payload: '<a/>',
        },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [{ method: 'POST', url: '/api/things', payload: { name: 'x'.repeat(5000) } }, 413, 'PAYLOAD_TOO_LARGE'],
      [
        { method: 'POST', url: '/api/things', headers: { 'content-type': 'application/json' }, payload: '{' },
        400,
        'MALFORMED_REQUEST',
      ],
      [{ method: 'GET', url: '/api/secret' }, 401, 'UNAUTHENTICATED'],
      [{ method: 'GET', url: '/api/admin', headers: { 'x-test-user': '1' } }, 403, 'FORBIDDEN'],
      [{ method: 'GET', url: '/api/conflict' }, 409, 'CONFLICT'],
    ];
    for (const [request, status, code] of cases) {
      const res = await app.inject(request);
      expect(res.statusCode, `${request.method} ${request.url}`).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const body = res.json();
      expect(body).toMatchObject({ status, code, title: ERROR_CODES[code as keyof typeof ERROR_CODES].vi });
      expect(body.titleEn).toBe(ERROR_CODES[code as keyof typeof ERROR_CODES].en);
      expect(body.requestId).toBe(res.headers['x-request-id']);
    }
    expect(
      (await app.inject({ method: 'GET', url: '/api/secret', headers: { 'x-test-user': '1' } })).statusCode,
    ).toBe(200);
    await app.close();
  });

  it('names a field that should not be there in the error path', () => {
    const error = toAppError(
      Object.assign(new Error('body/dossiers/0 must NOT have additional properties'), {
        validation: [
          {
            keyword: 'additionalProperties',
            instancePath: '/dossiers/0',
            params: { additionalProperty: 'dueAt' },
            message: 'must NOT have additional properties',
          },
        ],
        validationContext: 'body',
      }),
    );
    expect(error.options.errors).toMatchObject([{ path: '/body/dossiers/0/dueAt' }]);
  });

  it('answers an unexpected error with a 500 that leaks nothing', async () => {
    const lines: string[] = [];
    const app = await build({ lines });
    const res = await app.inject({ method: 'GET', url: '/api/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toContain('at ');
    expect(res.json().code).toBe('INTERNAL');
    await app.close();
  });

  it('refuses to start when a route does not declare who may call it', async () => {
    const app = await createHttpApp({
      cookieSecret: 'x'.repeat(32),
      logLevel: 'silent',
      resolveActor: async () => ANONYMOUS,
    });
    expect(() => app.get('/api/forgotten', async () => ({}))).toThrow(/config.access/);
    await app.close();
  });

  it('keeps personal ID numbers, phone numbers and tokens out of the logs', async () => {
    const lines: string[] = [];
    const app = await build({ lines });
    await app.inject({
      method: 'POST',
      url: '/api/things?cccd=084190001234',
      headers: { cookie: 'op_session=supersecrettoken', authorization: 'Bearer abc.def' },
      payload: { name: 'Hồ sơ', phone: '0912345678' },
    });
    const log = lines.join('\n');
    expect(log).toContain('thing created');
    expect(log).not.toContain('0912345678');
    expect(log).not.toContain('084190001234');
    expect(log).not.toContain('supersecrettoken');
    expect(log).not.toContain('abc.def');
    await app.close();
  });

  it('limits anonymous callers per address and says when to retry', async () => {
    const app = await build({ anonymousPerMinute: 3 });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof app.inject>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await app.inject({ method: 'GET', url: '/api/conflict', remoteAddress: '198.51.100.4' });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([409, 409, 409, 429]);
    expect(last!.json().code).toBe('RATE_LIMITED');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    // another address is not affected
    expect(
      (await app.inject({ method: 'GET', url: '/api/conflict', remoteAddress: '198.51.100.5' })).statusCode,
    ).toBe(409);
    await app.close();
  });

  it('limits a signed-in account across addresses, so changing address does not reset its budget', async () => {
    const app = await createHttpApp({
      cookieSecret: 'x'.repeat(32),
      logLevel: 'silent',
      rateLimit: { anonymousPerMinute: 1000, accountPerMinute: 2 },
      resolveActor: async (request) => (request.headers['x-test-user'] ? official : ANONYMOUS),
    });
    app.get('/api/secret', { config: { access: { permission: 'things:read' } } }, async () => ({ ok: true }));
    await app.ready();
    const call = (ip: string) =>
      app.inject({ method: 'GET', url: '/api/secret', headers: { 'x-test-user': '1' }, remoteAddress: ip });
    expect((await call('192.0.2.1')).statusCode).toBe(200);
    expect((await call('192.0.2.2')).statusCode).toBe(200);
    const third = await call('192.0.2.3');
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBeDefined();
    await app.close();
  });

  it('serves the OpenAPI 3 document with every route', async () => {
    const app = await build();
    const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/things', '/api/secret']));
    await app.close();
  });
});
