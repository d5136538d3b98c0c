import { connect } from 'node:net';
import { Type } from '@fastify/type-provider-typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS } from '../context/actor.ts';
import { ERROR_CODES } from '../errors/error-codes.ts';
import { createHttpApp, type HttpApp } from './create-http-app.ts';

const official: Actor = {
  kind: 'official',
  userId: 'u1',
  username: 'a',
  fullName: 'A',
  agencyId: 'g1',
  roles: ['clerk'],
  permissions: new Set(['files:write']),
};

/** Sends raw bytes over a socket and returns what the server answered (status line, headers, body). */
function rawRequest(port: number, bytes: string, options: { timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${options.timeoutMs ?? 2000} ms; got: ${answer}`));
    }, options.timeoutMs ?? 2000);
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
      // one answer is enough: the body follows the blank line with a Content-Length
      const [head, body = ''] = answer.split('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(head ?? '')?.[1] ?? Number.NaN);
      if (Number.isFinite(length) && Buffer.byteLength(body) >= length) {
        clearTimeout(timer);
        socket.destroy();
        resolve(answer);
      }
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.on('error', () => undefined);
    socket.write(bytes);
  });
}

function expectProblem(answer: string, status: number, code: keyof typeof ERROR_CODES) {
  const [head, body = ''] = answer.split('\r\n\r\n');
  expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
  expect(head?.toLowerCase()).toContain('content-type: application/problem+json');
  expect(JSON.parse(body)).toMatchObject({
    code,
    status,
    title: ERROR_CODES[code].vi,
    titleEn: ERROR_CODES[code].en,
  });
}

describe('bad input at the platform level', () => {
  let app: HttpApp;
  let port: number;
  const lines: string[] = [];
  let handled = 0;

  beforeAll(async () => {
    app = await createHttpApp({
      cookieSecret: 'x'.repeat(32),
      logLevel: 'info',
      logStream: { write: (line) => void lines.push(line) },
      rateLimit: { anonymousPerMinute: 10_000, accountPerMinute: 10_000 },
      resolveActor: async (request) => (request.headers['x-test-user'] ? official : ANONYMOUS),
    });
    app.post(
      '/api/things/:name',
      {
        config: { access: 'public' },
        schema: {
          params: Type.Object({ name: Type.String() }),
          querystring: Type.Object({ offset: Type.Optional(Type.Integer({ minimum: 0 })) }),
          body: Type.Object({ note: Type.String(), tags: Type.Optional(Type.Array(Type.String())) }),
        },
      },
      async () => {
        handled++;
        return { ok: true };
      },
    );
    // A raw body is declared by the route (consumes + bodyLimit); the platform's parser reads it.
    const pdfRoute = { consumes: ['application/pdf'] };
    app.put(
      '/api/files',
      { config: { access: { permission: 'files:write' } }, bodyLimit: 20 * 1024 * 1024, schema: pdfRoute },
      async (request) => {
        handled++;
        return { bytes: (request.body as Buffer).length };
      },
    );
    app.post(
      '/api/files/check',
      { config: { access: 'public' }, bodyLimit: 20 * 1024 * 1024, schema: pdfRoute },
      async (request) => ({ bytes: (request.body as Buffer).length }),
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a NUL character in a path parameter, a query or a body string with 400 naming the field', async () => {
    const cases = [
      { url: '/api/things/a%00b', payload: { note: 'x' }, path: '/params/name' },
      { url: '/api/things/a?offset=1&x=%00', payload: { note: 'x' }, path: '/querystring/x' },
      { url: '/api/things/a', payload: { note: 'x', tags: ['ok', 'k\u0000'] }, path: '/body/tags/1' },
      { url: '/api/things/a', payload: { note: 'x', 'k\u0000': 1 }, path: '/body/k\\u0000' },
    ];
    const before = handled;
    for (const { url, payload, path } of cases) {
      const res = await app.inject({ method: 'POST', url, payload });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path }] });
    }
    expect(handled).toBe(before);
  });

  it('refuses JSON nested 5,000 deep with 400 instead of overflowing the stack', async () => {
    const deep = `{"note":"x","tags":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/things/a',
      headers: { 'content-type': 'application/json' },
      payload: deep,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'MALFORMED_REQUEST', title: ERROR_CODES.MALFORMED_REQUEST.vi });
    // prototype poisoning is still refused
    const poisoned = await app.inject({
      method: 'POST',
      url: '/api/things/a',
      headers: { 'content-type': 'application/json' },
      payload: '{"note":"x","__proto__":{"admin":true}}',
    });
    expect(poisoned.statusCode).toBe(400);
  });

  it('bounds integers that a schema left open, so 1e308 is a 400 and never reaches the database', async () => {
    for (const offset of ['1e308', '1e20', '2147483648', '-1', '1.5']) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/things/a?offset=${offset}`,
        payload: { note: 'x' },
      });
      expect(res.statusCode, offset).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    const fine = await app.inject({
      method: 'POST',
      url: '/api/things/a?offset=2147483647',
      payload: { note: 'x' },
    });
    expect(fine.statusCode).toBe(200);
  });

  it("answers a malformed URL and an overlong path parameter with problem+json, not Fastify's JSON", async () => {
    const badUrl = await app.inject({ method: 'POST', url: '/api/things/%E0%A4%A', payload: { note: 'x' } });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.headers['content-type']).toContain('application/problem+json');
    expect(badUrl.json()).toMatchObject({
      code: 'MALFORMED_REQUEST',
      titleEn: ERROR_CODES.MALFORMED_REQUEST.en,
    });
    const long = await app.inject({
      method: 'POST',
      url: `/api/things/${'a'.repeat(500)}`,
      payload: { note: 'x' },
    });
    expect(long.statusCode).toBe(414);
    expect(long.headers['content-type']).toContain('application/problem+json');
    expect(long.json()).toMatchObject({ code: 'URI_TOO_LONG', title: ERROR_CODES.URI_TOO_LONG.vi });
  });

  it('answers what the HTTP parser refuses (a malformed header, oversized headers) with problem+json', async () => {
    expectProblem(
      await rawRequest(port, 'GET /api/things HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n'),
      400,
      'MALFORMED_REQUEST',
    );
    expectProblem(
      await rawRequest(port, 'GET /api/things HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'),
      400,
      'MALFORMED_REQUEST',
    );
    expectProblem(
      await rawRequest(port, `GET /api/things HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
      431,
      'HEADERS_TOO_LARGE',
    );
  });

  it('takes a PDF body only on the routes that declare it; every other route answers 415 without reading it', async () => {
    const pdf = Buffer.from('%PDF-1.7\n…');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/files/check',
      headers: { 'content-type': 'application/pdf' },
      payload: pdf,
    });
    expect(ok.json()).toEqual({ bytes: pdf.length });
    // a JSON route does not read a PDF: the header alone decides, with 19 MB announced and 1 KB sent
    expectProblem(
      await rawRequest(
        port,
        `POST /api/things/a HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\nContent-Length: ${19 * 1024 * 1024}\r\n\r\n${'A'.repeat(1024)}`,
      ),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    // the PDF route takes no JSON
    const json = await app.inject({ method: 'POST', url: '/api/files/check', payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    const empty = await app.inject({
      method: 'POST',
      url: '/api/files/check',
      headers: { 'content-type': 'application/pdf' },
      payload: '',
    });
    expect(empty.statusCode).toBe(400);
  });

  it('authorization: an anonymous upload to a protected route gets 401 before its body is read', async () => {
    // Only the first kilobyte of an announced 19 MB is sent: the answer must come anyway.
    const before = handled;
    const started = performance.now();
    expectProblem(
      await rawRequest(
        port,
        `PUT /api/files HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\nContent-Length: ${19 * 1024 * 1024}\r\n\r\n%PDF-1.7\n${'A'.repeat(1024)}`,
      ),
      401,
      'UNAUTHENTICATED',
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(handled).toBe(before);
    const allowed = await app.inject({
      method: 'PUT',
      url: '/api/files',
      headers: { 'content-type': 'application/pdf', 'x-test-user': '1' },
      payload: Buffer.from('%PDF-1.7'),
    });
    expect(allowed.json()).toEqual({ bytes: 8 });
  });

  it('logs a request with a 19 MB body without walking the body', async () => {
    lines.length = 0;
    const body = Buffer.alloc(19 * 1024 * 1024, 0x41);
    const started = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: '/api/files/check?phone=0912345678',
      headers: { 'content-type': 'application/pdf' },
      payload: body,
    });
    expect(res.json()).toEqual({ bytes: body.length });
    expect(performance.now() - started).toBeLessThan(2000);
    const log = lines.join('\n');
    expect(log).toContain('request completed');
    expect(log).not.toContain('0912345678');
    expect(log.length).toBeLessThan(10_000);
  });
});
