import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { HttpApp } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase, uploadFromAnotherProcess } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';

/**
 * A 19 MB PDF sent by anyone must not freeze the server: it is read only by a route that takes PDFs, after
 * the access check, and nothing walks it to write a log line (it used to block the event loop for ~45 s and
 * take 2 GB). The log level is `info`, the production default.
 */
describe('large uploads', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let base = '';
  const lines: string[] = [];
  const MB = 1024 * 1024;
  const pdf = (size: number) => {
    const bytes = Buffer.alloc(size, 0x41);
    bytes.write('%PDF-1.7\n', 0);
    return bytes;
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    app = await buildApp({
      db: t.db,
      config: { logLevel: 'info' },
      logStream: { write: (line) => void lines.push(line) },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  /**
   * Sends the upload from another process and measures, on the server's side, the event loop's worst delay
   * and the memory the upload took while it was under way.
   */
  async function measured(url: string, init: { method: 'POST' | 'PUT'; body: Buffer; contentType?: string }) {
    lines.length = 0;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 20);
    delay.enable();
    const answer = await uploadFromAnotherProcess({
      url: `${base}${url}`,
      method: init.method,
      contentType: init.contentType ?? 'application/pdf',
      body: init.body,
    });
    delay.disable();
    clearInterval(sampler);
    // The server's own measure: Fastify's responseTime of the one request completed meanwhile.
    const completed = lines
      .map((line) => JSON.parse(line) as { msg?: string; responseTime?: number })
      .filter((line) => line.msg === 'request completed');
    return {
      ...answer,
      serverMs: completed.at(-1)?.responseTime ?? Number.NaN,
      maxDelayMs: delay.max / 1e6,
      memoryMB: (rssPeak - rssBefore) / MB,
    };
  }

  it('authorization: answers an anonymous 19 MB PDF to a protected route with 401 at once', async () => {
    const res = await measured('/api/documents/00000000-0000-4000-8000-000000000000/file', {
      method: 'PUT',
      body: pdf(19 * MB),
    });
    console.log(`19 MB anonymous PUT (protected): ${JSON.stringify({ ...res, body: undefined })}`);
    expect(res.status).toBe(401);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.serverMs).toBeLessThan(2000);
    expect(res.maxDelayMs).toBeLessThan(1000);
    expect(res.memoryMB).toBeLessThan(300);
    expect(lines.join('').length).toBeLessThan(20_000);
  });

  it('answers a 19 MB PDF to a public route that takes JSON with 415, without reading it', async () => {
    const res = await measured('/api/auth/login', {
      method: 'POST',
      body: pdf(19 * MB),
    });
    console.log(`19 MB anonymous POST (public, JSON route): ${JSON.stringify({ ...res, body: undefined })}`);
    expect(res.status).toBe(415);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.serverMs).toBeLessThan(2000);
    expect(res.maxDelayMs).toBeLessThan(1000);
    expect(res.memoryMB).toBeLessThan(300);
  });

  it('verifies a 19 MB PDF on the public verification route without freezing, and refuses 21 MB', async () => {
    // The first verification creates the province's CA (key generation): done before measuring.
    const first = await fetch(`${base}/api/pki/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: pdf(1024),
    });
    expect(first.status).toBe(200);
    const res = await measured('/api/pki/verify', {
      method: 'POST',
      body: pdf(19 * MB),
    });
    console.log(
      `19 MB anonymous POST /api/pki/verify: ${JSON.stringify({ ...res, body: res.body.slice(0, 80) })}`,
    );
    expect(res.status).toBeLessThan(500);
    expect(res.memoryMB).toBeLessThan(600);
    expect(lines.join('').length).toBeLessThan(20_000);
    const tooLarge = await measured('/api/pki/verify', {
      method: 'POST',
      body: pdf(21 * MB),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.contentType).toContain('application/problem+json');
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });
});
