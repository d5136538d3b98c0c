import type { HttpApp } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdentityProvider } from './adapters/federation/identity-provider.ts';
import {
  createLocalIdentityProvider,
  DEV_IDP_PATH,
  FEDERATION_CALLBACK_PATH,
  type LocalIdentityProvider,
} from './adapters/federation/local-identity-provider.ts';
import { createOidcIdentityProvider } from './adapters/federation/oidc-identity-provider.ts';
import { IDENTITY_GRANTS } from './contracts/index.ts';
import { createIdentityDeps } from './deps.ts';
import { findCitizenByPersonalId } from './repositories/citizen.repository.ts';
import { federationRoutes } from './routes/federation.routes.ts';
import { buildIdentityTestApp, sessionCookieFrom } from './testing/index.ts';

type Injected = Awaited<ReturnType<HttpApp['inject']>>;

function cookieHeader(res: Injected, name: string): string {
  const cookie = res.cookies.find((c) => c.name === name);
  if (!cookie) throw new Error(`no ${name} cookie`);
  return `${name}=${cookie.value}`;
}

describe('citizen sign-in through the identity provider (VNeID, local OIDC provider)', () => {
  let t: TestDatabase;
  const local = createLocalIdentityProvider();
  const apps: HttpApp[] = [];

  async function appWith(provider: IdentityProvider & Pick<LocalIdentityProvider, 'server'>) {
    const deps = createIdentityDeps({ db: t.db, grants: [IDENTITY_GRANTS] });
    const app = await buildIdentityTestApp(t.db, {
      routes: [federationRoutes(deps, { provider, devProvider: true, secureCookies: false })],
    });
    apps.push(app);
    return app;
  }

  /** start → provider page → approve → back to the callback; returns the callback response. */
  async function signIn(
    app: HttpApp,
    options: {
      subject?: string;
      returnTo?: string;
      cookie?: string;
      tamperAuthorizeUrl?: (url: URL) => void;
    } = {},
  ) {
    const start = await app.inject({
      method: 'GET',
      url: `/api/auth/vneid/start${options.returnTo !== undefined ? `?returnTo=${encodeURIComponent(options.returnTo)}` : ''}`,
    });
    expect(start.statusCode).toBe(302);
    const authorizeUrl = new URL(start.headers.location as string, 'http://localhost');
    expect(authorizeUrl.pathname).toBe(`${DEV_IDP_PATH}/authorize`);
    options.tamperAuthorizeUrl?.(authorizeUrl);
    const page = await app.inject({ method: 'GET', url: `${authorizeUrl.pathname}${authorizeUrl.search}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const approve = new URLSearchParams(authorizeUrl.search);
    approve.set('subject', options.subject ?? 'dev-vneid-0001');
    const approved = await app.inject({ method: 'GET', url: `${DEV_IDP_PATH}/authorize/approve?${approve}` });
    expect(approved.statusCode).toBe(302);
    const callbackUrl = approved.headers.location as string;
    expect(callbackUrl.startsWith(`${FEDERATION_CALLBACK_PATH}?`)).toBe(true);
    const stateCookie = cookieHeader(start, 'op_vneid_state');
    const callback = await app.inject({
      method: 'GET',
      url: callbackUrl,
      headers: { cookie: [stateCookie, options.cookie].filter(Boolean).join('; ') },
    });
    return { start, page, callbackUrl, stateCookie, callback };
  }

  const me = (app: HttpApp, cookie: string) =>
    app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await t?.destroy();
  });

  it('signs in the demo citizen end to end: start, provider page, callback, session, who-am-I', async () => {
    const app = await appWith(local);
    const { page, callback } = await signIn(app, { returnTo: '/ho-so/moi?thu-tuc=1' });
    expect(page.body).toContain('Nguyễn Văn An');
    expect(page.body).toContain('084190000001');
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/ho-so/moi?thu-tuc=1');
    const session = sessionCookieFrom(callback);
    const who = await me(app, session);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ kind: 'citizen', fullName: 'Nguyễn Văn An' });
    const citizen = await findCitizenByPersonalId(t.db, '084190000001');
    expect(citizen).toMatchObject({ fullName: 'Nguyễn Văn An', phone: '0912345678', passwordHash: null });
    expect(citizen!.fullName).toBe(citizen!.fullName.normalize('NFC'));

    // Signing in again reuses the linked account and rotates the session presented.
    const again = await signIn(app, { cookie: session });
    expect(again.callback.statusCode).toBe(302);
    expect(again.callback.headers.location).toBe('/');
    expect((await me(app, session)).statusCode).toBe(401);
    expect((await me(app, sessionCookieFrom(again.callback))).json().fullName).toBe('Nguyễn Văn An');
  });

  it('refuses a replayed callback: the state is used once', async () => {
    const app = await appWith(local);
    const { callback, callbackUrl, stateCookie } = await signIn(app);
    expect(callback.statusCode).toBe(302);
    const replay = await app.inject({ method: 'GET', url: callbackUrl, headers: { cookie: stateCookie } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: expect.stringContaining('VNeID'),
    });
    expect(replay.cookies.find((c) => c.name === 'op_session')).toBeUndefined();
  });

  it('refuses a callback without the state cookie of the browser that started (login CSRF)', async () => {
    const app = await appWith(local);
    const start = await app.inject({ method: 'GET', url: '/api/auth/vneid/start' });
    const authorizeUrl = new URL(start.headers.location as string, 'http://localhost');
    authorizeUrl.searchParams.set('subject', 'dev-vneid-0001');
    const approved = await app.inject({
      method: 'GET',
      url: `${DEV_IDP_PATH}/authorize/approve${authorizeUrl.search}`,
    });
    const res = await app.inject({ method: 'GET', url: approved.headers.location as string });
    expect(res.statusCode).toBe(401);
    expect(res.json().detailEn).toContain('not valid for this browser');
  });

  it('refuses an ID token carrying another nonce', async () => {
    const app = await appWith(local);
    const { callback } = await signIn(app, {
      tamperAuthorizeUrl: (url) => url.searchParams.set('nonce', 'injected-nonce'),
    });
    expect(callback.statusCode).toBe(401);
    expect(callback.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: expect.stringContaining('nonce'),
    });
  });

  it('refuses an expired ID token', async () => {
    const late = createOidcIdentityProvider({
      id: local.id,
      issuer: local.server.issuer,
      clientId: local.server.clientId,
      authorizationEndpoint: `${DEV_IDP_PATH}/authorize`,
      requestToken: async (request) => local.server.token(request),
      keys: async () => local.server.jwks().keys,
      now: () => new Date(Date.now() + 10 * 60_000),
    });
    const app = await appWith({ ...late, server: local.server });
    const { callback } = await signIn(app);
    expect(callback.statusCode).toBe(401);
    expect(callback.json().detailEn).toContain('expired');
  });

  it('refuses an ID token signed by a key the provider does not publish', async () => {
    const impostor = createLocalIdentityProvider();
    const forged = createOidcIdentityProvider({
      id: local.id,
      issuer: local.server.issuer,
      clientId: local.server.clientId,
      authorizationEndpoint: `${DEV_IDP_PATH}/authorize`,
      // The impostor answers the token request; only the real provider's keys are trusted.
      requestToken: async (request) => impostor.server.token(request),
      keys: async () =>
        local.server.jwks().keys.map((k) => ({ ...k, kid: impostor.server.jwks().keys[0]!.kid })),
    });
    const app = await appWith({ ...forged, server: impostor.server });
    const { callback } = await signIn(app);
    expect(callback.statusCode).toBe(401);
    expect(callback.json().detailEn).toContain('signature is invalid');
  });

  it.each(['https://evil.example/steal', '//evil.example/steal', '/\\evil.example'])(
    'ignores the absolute return URL %s and goes home (open redirect)',
    async (returnTo) => {
      const app = await appWith(local);
      const { callback } = await signIn(app, { returnTo });
      expect(callback.statusCode).toBe(302);
      expect(callback.headers.location).toBe('/');
    },
  );

  it('links an existing local account with the same personal ID instead of creating another', async () => {
    const app = await appWith(local);
    const registered = await app.inject({
      method: 'POST',
      url: '/api/citizens',
      payload: {
        personalId: '084195000002',
        fullName: 'Trần Thị Bích Ngọc',
        phone: '0987654321',
        password: 'Mật-khẩu-công-dân-2021',
      },
    });
    expect(registered.statusCode).toBe(202);
    const localAccount = await findCitizenByPersonalId(t.db, '084195000002');
    const { callback } = await signIn(app, { subject: 'dev-vneid-0002' });
    expect(callback.statusCode).toBe(302);
    const who = (await me(app, sessionCookieFrom(callback))).json();
    expect(who).toMatchObject({ kind: 'citizen', fullName: 'Trần Thị Bích Ngọc' });
    const citizen = await findCitizenByPersonalId(t.db, '084195000002');
    expect(citizen!.id).toBe(localAccount!.id);
    // The password still works alongside VNeID.
    const password = await app.inject({
      method: 'POST',
      url: '/api/auth/citizen-login',
      payload: { personalId: '084195000002', password: 'Mật-khẩu-công-dân-2021' },
    });
    expect(password.statusCode).toBe(200);
  });

  it('refuses a level-1 identity: online submission needs VNeID level 2', async () => {
    const app = await appWith(local);
    const { callback } = await signIn(app, { subject: 'dev-vneid-0003' });
    expect(callback.statusCode).toBe(401);
    expect(callback.json().detailEn).toContain('level-2');
    expect(await findCitizenByPersonalId(t.db, '084200000003')).toBeUndefined();
  });

  it('serves the development provider only when enabled', async () => {
    const deps = createIdentityDeps({ db: t.db, grants: [IDENTITY_GRANTS] });
    const app = await buildIdentityTestApp(t.db, {
      routes: [federationRoutes(deps, { provider: local, secureCookies: false })],
    });
    apps.push(app);
    expect((await app.inject({ method: 'GET', url: `${DEV_IDP_PATH}/jwks` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/auth/vneid/start' })).statusCode).toBe(302);
    expect(() =>
      federationRoutes(deps, {
        provider: { id: 'x', authorizationUrl: () => '', exchangeCode: async () => ({}) as never },
        devProvider: true,
        secureCookies: false,
      }),
    ).toThrow(/createLocalIdentityProvider/);
  });
});
