import type { HttpApp } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';

describe('the composed platform', () => {
  let t: TestDatabase;
  let app: HttpApp;
  beforeAll(async () => {
    t = await createTestDatabase();
    app = await buildApp({ db: t.db, ping: t.ping });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('answers health and readiness', async () => {
    expect((await app.inject('/api/health')).json()).toMatchObject({ status: 'ok' });
    expect((await app.inject('/api/ready')).json()).toEqual({ status: 'ready' });
  });

  it('says "unavailable" (503) when the database does not answer', async () => {
    const broken = await buildApp({
      db: t.db,
      ping: async () => {
        throw new Error('connection refused');
      },
    });
    const res = await broken.inject('/api/ready');
    expect(res.statusCode).toBe(503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    await broken.close();
  });

  it('publishes an OpenAPI 3 document in which every route has a schema for its responses', async () => {
    const doc = (await app.inject('/api/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    const paths = Object.keys(doc.paths);
    for (const p of [
      '/api/auth/login',
      '/api/agencies',
      '/api/officials',
      '/api/audit/records',
      '/api/geography/units',
    ]) {
      expect(paths).toContain(p);
    }
    expect(paths.some((p) => p.startsWith('/api/calendar'))).toBe(true);
    for (const [path, methods] of Object.entries<Record<string, { responses?: Record<string, unknown> }>>(
      doc.paths,
    )) {
      for (const [method, op] of Object.entries(methods)) {
        expect(Object.keys(op.responses ?? {}), `${method.toUpperCase()} ${path}`).not.toHaveLength(0);
      }
    }
    expect((await app.inject('/api/docs')).statusCode).toBeLessThan(400);
  });

  it('answers an unknown API route with a problem document, not the web app', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/khong-co', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', title: 'Không tìm thấy địa chỉ yêu cầu' });
  });

  it('authorization: every write route refuses an anonymous caller', async () => {
    const doc = (await app.inject('/api/docs/json')).json();
    // The writes anyone may make, each for a reason: signing in and out, opening a citizen account, checking
    // an e-form before submitting, a payment gateway's signed callback, and the PKI's public services
    // (OCSP, time stamps, verifying a PDF) that any PDF reader or relying party must reach.
    const publicWrites = new Set([
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'POST /api/auth/citizen-login',
      'POST /api/citizens',
      'POST /api/procedures/{id}/form-validation',
      'POST /api/payments/callback',
      'POST /api/pki/ocsp',
      'POST /api/pki/tsa',
      'POST /api/pki/verify',
      // the development identity provider's token endpoint (authenticated by code + PKCE, not a session)
      'POST /api/dev-idp/token',
    ]);
    for (const [path, methods] of Object.entries<Record<string, unknown>>(doc.paths)) {
      for (const method of Object.keys(methods)) {
        if (method === 'get' || publicWrites.has(`${method.toUpperCase()} ${path}`)) continue;
        const url = path.replace(/\{[^}]+\}/g, (m) =>
          m.includes('year')
            ? '2021'
            : m.includes('date')
              ? '2021-02-10'
              : '00000000-0000-4000-8000-000000000000',
        );
        const res = await app.inject({ method: method.toUpperCase() as 'POST', url, payload: {} });
        expect(res.statusCode, `${method.toUpperCase()} ${path}`).toBe(401);
      }
    }
  });
});

describe('the web app served by the API', () => {
  it('serves index.html for client-side routes and a problem document for unknown API routes', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dist = mkdtempSync(join(tmpdir(), 'op-web-'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html lang="vi"><title>OpenProvince</title></html>',
    );
    const t = await createTestDatabase();
    const app = await buildApp({ db: t.db, config: { webDist: dist } });
    try {
      const page = await app.inject({
        method: 'GET',
        url: '/agencies/abc',
        headers: { accept: 'text/html' },
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('OpenProvince');
      const root = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
      expect(root.statusCode).toBe(200);
      const asset = await app.inject({
        method: 'GET',
        url: '/assets/missing.js',
        headers: { accept: '*/*' },
      });
      expect(asset.statusCode).toBe(404);
      const api = await app.inject({ method: 'GET', url: '/api/nothing', headers: { accept: 'text/html' } });
      expect(api.json().code).toBe('ROUTE_NOT_FOUND');
    } finally {
      await app.close();
      await t.destroy();
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('answers a page of the web app once, with index.html, whether or not the client asks for HTML', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dist = mkdtempSync(join(tmpdir(), 'op-web-'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html lang="vi"><title>OpenProvince</title></html>',
    );
    const t = await createTestDatabase();
    const lines: string[] = [];
    const app = await buildApp({
      db: t.db,
      config: { webDist: dist, logLevel: 'info' },
      logStream: { write: (line) => void lines.push(line) },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    try {
      // a browser, curl (*/*), a link preview that sends no Accept at all
      for (const accept of ['text/html,application/xhtml+xml', '*/*', undefined]) {
        for (const path of [
          '/',
          '/procedures/1.000123',
          '/news',
          '/verify',
          '/lookup?code=000.00.00.H62-210101-0001',
        ]) {
          const res = await fetch(`${base}${path}`, { headers: accept ? { accept } : {} });
          expect(res.status, `${path} (${accept})`).toBe(200);
          expect(res.headers.get('content-type')).toContain('text/html');
          expect(await res.text()).toContain('OpenProvince');
        }
      }
      const head = await fetch(`${base}/news`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      const api = await fetch(`${base}/api/khong-co`, { headers: { accept: '*/*' } });
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toContain('application/problem+json');
      expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
      expect((await fetch(`${base}/robots.txt`)).status).toBe(404);
      await new Promise((r) => setTimeout(r, 100));
      const log = lines.join('\n');
      expect(log).toContain('request completed');
      expect(log).not.toContain('already sent');
      expect(lines.filter((line) => /"level":(40|50)/.test(line))).toEqual([]);
    } finally {
      await app.close();
      await t.destroy();
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it("serves the build's precompressed files, hashed assets cached for a year and index.html revalidated", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { brotliCompressSync, gunzipSync, gzipSync, brotliDecompressSync } = await import('node:zlib');
    const dist = mkdtempSync(join(tmpdir(), 'op-web-'));
    const html = `<!doctype html><html lang="vi"><title>OpenProvince</title>${' '.repeat(2000)}</html>`;
    const js = `export const x = ${JSON.stringify('a'.repeat(4000))};`;
    mkdirSync(join(dist, 'assets'));
    for (const [file, body] of [
      ['index.html', html],
      ['assets/index-abc123.js', js],
    ] as const) {
      writeFileSync(join(dist, file), body);
      writeFileSync(join(dist, `${file}.br`), brotliCompressSync(body));
      writeFileSync(join(dist, `${file}.gz`), gzipSync(body));
    }
    const t = await createTestDatabase();
    const app = await buildApp({ db: t.db, config: { webDist: dist } });
    try {
      const asset = await app.inject({
        method: 'GET',
        url: '/assets/index-abc123.js',
        headers: { 'accept-encoding': 'gzip, deflate, br' },
      });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['content-encoding']).toBe('br');
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.vary).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(asset.rawPayload).toString()).toBe(js);

      const gzip = await app.inject({
        method: 'GET',
        url: '/assets/index-abc123.js',
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.rawPayload).toString()).toBe(js);

      const plain = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(js);

      // A client-side route gets index.html, compressed too, and never from a stale cache.
      const page = await app.inject({
        method: 'GET',
        url: '/lookup',
        headers: { accept: 'text/html', 'accept-encoding': 'br' },
      });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(page.rawPayload).toString()).toBe(html);
    } finally {
      await app.close();
      await t.destroy();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
