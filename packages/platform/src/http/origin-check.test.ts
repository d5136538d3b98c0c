import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../context/actor.ts';
import { createHttpApp } from './create-http-app.ts';
import { crossOriginRefusal } from './origin-check.ts';

const SITE = 'https://dichvucong.travinh.gov.vn';

describe('cross-origin check', () => {
  const refusal = (input: Partial<Parameters<typeof crossOriginRefusal>[0]>) =>
    crossOriginRefusal({
      method: 'POST',
      origin: undefined,
      secFetchSite: undefined,
      host: 'dichvucong.travinh.gov.vn',
      allowedOrigins: [SITE],
      ...input,
    });

  it('refuses a state-changing request another site made, by Sec-Fetch-Site or by Origin', () => {
    expect(refusal({ secFetchSite: 'cross-site' })).toBe('cross-site');
    expect(refusal({ origin: 'https://evil.example' })).toBe('foreign-origin');
    expect(refusal({ origin: 'null' })).toBe('foreign-origin');
    // Same site is not same origin: another subdomain of the province is another origin.
    expect(refusal({ origin: 'https://blog.travinh.gov.vn', secFetchSite: 'same-site' })).toBe(
      'foreign-origin',
    );
    for (const method of ['PUT', 'PATCH', 'DELETE', 'post']) {
      expect(refusal({ method, origin: 'https://evil.example' })).toBe('foreign-origin');
    }
  });

  it('lets through this site’s own pages, programs without browser headers, and reads', () => {
    expect(refusal({ origin: SITE, secFetchSite: 'same-origin' })).toBeUndefined();
    // Behind a TLS-terminating proxy the scheme differs; the host the request was sent to decides.
    expect(
      refusal({ origin: 'http://10.0.0.5:3000', host: '10.0.0.5:3000', allowedOrigins: [] }),
    ).toBeUndefined();
    expect(refusal({})).toBeUndefined();
    expect(refusal({ secFetchSite: 'none' })).toBeUndefined();
    expect(
      refusal({ method: 'GET', origin: 'https://evil.example', secFetchSite: 'cross-site' }),
    ).toBeUndefined();
  });
});

describe('HTTP platform: origin check, Permissions-Policy, probes', () => {
  async function build() {
    let changes = 0;
    const app = await createHttpApp({
      cookieSecret: 'x'.repeat(32),
      logLevel: 'silent',
      rateLimit: { anonymousPerMinute: 2, accountPerMinute: 2 },
      publicOrigins: [SITE],
      resolveActor: async () => ANONYMOUS,
    });
    app.post('/api/things/:id/suspend', { config: { access: 'public' } }, async () => ({
      changes: ++changes,
    }));
    app.post(
      '/api/gateway/callback',
      { config: { access: 'public', crossOriginCallers: true } },
      async () => ({
        ok: true,
      }),
    );
    app.get('/api/things', { config: { access: 'public' } }, async () => []);
    app.get('/api/health', { config: { access: 'public' } }, async () => ({ status: 'ok' }));
    app.get('/api/ready', { config: { access: 'public' } }, async () => ({ status: 'ready' }));
    await app.ready();
    return { app, changes: () => changes };
  }

  it('refuses a body-less POST from a foreign origin with 403 problem+json, before the handler runs', async () => {
    const { app, changes } = await build();
    const res = await app.inject({
      method: 'POST',
      url: '/api/things/1/suspend',
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'FORBIDDEN',
      detail: expect.stringContaining('trang web khác'),
    });
    expect(changes()).toBe(0);
    const own = await app.inject({
      method: 'POST',
      url: '/api/things/1/suspend',
      headers: { origin: SITE, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.statusCode).toBe(200);
    expect(changes()).toBe(1);
  });

  it('accepts foreign origins on a route that declares server-to-server callers', async () => {
    const { app } = await build();
    const res = await app.inject({
      method: 'POST',
      url: '/api/gateway/callback',
      headers: { origin: 'https://gateway.example' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('sends a restrictive Permissions-Policy on every answer, errors included', async () => {
    const { app } = await build();
    for (const url of ['/api/health', '/api/nothing-here', '/elsewhere']) {
      const policy = (await app.inject({ method: 'GET', url })).headers['permissions-policy'];
      expect(policy, url).toContain('camera=()');
      expect(policy).toContain('microphone=()');
      expect(policy).toContain('geolocation=()');
      expect(policy).toContain('payment=()');
    }
  });

  it('never rate-limits the health and readiness probes of a load balancer sharing an address', async () => {
    const { app } = await build();
    for (let i = 0; i < 10; i++) {
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/ready?probe=1' })).statusCode).toBe(200);
    }
    // Other API calls from the same address are still counted.
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push((await app.inject({ method: 'GET', url: '/api/things' })).statusCode);
    expect(codes).toEqual([200, 200, 429]);
  });
});
