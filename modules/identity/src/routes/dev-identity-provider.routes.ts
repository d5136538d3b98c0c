import { errorResponses, type HttpApp, type Static, Type } from '@openprovince/platform';
import { DEV_IDP_PATH, type LocalIdentityProvider } from '../adapters/federation/local-identity-provider.ts';

const AuthorizeQuery = Type.Object({
  response_type: Type.Literal('code'),
  client_id: Type.String({ maxLength: 200 }),
  redirect_uri: Type.String({ maxLength: 2000 }),
  scope: Type.Optional(Type.String({ maxLength: 200 })),
  state: Type.String({ minLength: 1, maxLength: 200 }),
  nonce: Type.String({ minLength: 1, maxLength: 200 }),
  code_challenge: Type.String({ maxLength: 200 }),
  code_challenge_method: Type.String({ maxLength: 20 }),
});

const TokenBody = Type.Object({
  grant_type: Type.Literal('authorization_code'),
  code: Type.String({ maxLength: 2000 }),
  code_verifier: Type.String({ minLength: 43, maxLength: 128 }),
  redirect_uri: Type.String({ maxLength: 2000 }),
  client_id: Type.String({ maxLength: 200 }),
});

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function authorizeParams(q: Static<typeof AuthorizeQuery>) {
  return {
    clientId: q.client_id,
    redirectUri: q.redirect_uri,
    state: q.state,
    nonce: q.nonce,
    codeChallenge: q.code_challenge,
    codeChallengeMethod: q.code_challenge_method,
  };
}

/**
 * The local development identity provider over HTTP: a sign-in page listing demo people, the one-time
 * code redirect, a token endpoint, its keys and discovery document. The token endpoint takes JSON
 * because the platform parses only JSON bodies (a real OIDC provider takes a form body).
 */
export function devIdentityProviderRoutes(provider: LocalIdentityProvider) {
  const { server } = provider;
  return async (app: HttpApp): Promise<void> => {
    app.get(
      `${DEV_IDP_PATH}/authorize`,
      {
        config: { access: 'public' },
        schema: {
          tags: ['dev-idp'],
          summary: 'Trang đăng nhập VNeID giả lập (phát triển) / Development VNeID sign-in page',
          querystring: AuthorizeQuery,
          response: { 200: Type.String(), ...errorResponses },
        },
      },
      async (request, reply) => {
        server.checkAuthorizeRequest(authorizeParams(request.query));
        const hidden = Object.entries(request.query)
          .map(
            ([name, value]) =>
              `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(String(value))}">`,
          )
          .join('\n      ');
        const choices = server.identities
          .map(
            (identity, index) =>
              `<label><input type="radio" name="subject" value="${escapeHtml(identity.subject)}"${index === 0 ? ' checked' : ''}> ` +
              `${escapeHtml(identity.fullName)} — ${escapeHtml(identity.personalId)} (mức ${identity.assuranceLevel})</label><br>`,
          )
          .join('\n      ');
        const html = `<!doctype html>
<html lang="vi">
  <head><meta charset="utf-8"><title>VNeID (giả lập phát triển)</title></head>
  <body>
    <h1>VNeID — giả lập để phát triển / development stand-in</h1>
    <p>Chọn người đăng nhập / Choose who signs in:</p>
    <form method="get" action="${DEV_IDP_PATH}/authorize/approve">
      ${hidden}
      ${choices}
      <button type="submit">Đồng ý / Sign in</button>
    </form>
  </body>
</html>`;
        return reply.type('text/html; charset=utf-8').send(html);
      },
    );

    app.get(
      `${DEV_IDP_PATH}/authorize/approve`,
      {
        config: { access: 'public' },
        schema: {
          tags: ['dev-idp'],
          summary: 'Cấp mã đăng nhập (phát triển) / Issue the authorisation code (development)',
          querystring: Type.Object({
            ...AuthorizeQuery.properties,
            subject: Type.String({ maxLength: 200 }),
          }),
          response: { 302: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.redirect(
          server.approve({ ...authorizeParams(request.query), subject: request.query.subject }),
          302,
        ),
    );

    app.post(
      `${DEV_IDP_PATH}/token`,
      {
        config: { access: 'public' },
        schema: {
          tags: ['dev-idp'],
          summary: 'Đổi mã lấy ID token (phát triển) / Exchange the code for an ID token (development)',
          body: TokenBody,
          response: {
            200: Type.Object({
              id_token: Type.String(),
              token_type: Type.String(),
              expires_in: Type.Integer(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return server.token(request.body);
      },
    );

    app.get(
      `${DEV_IDP_PATH}/jwks`,
      {
        config: { access: 'public' },
        schema: {
          tags: ['dev-idp'],
          summary: 'Khóa công khai (phát triển) / Signing keys (development)',
          response: { 200: Type.Object({ keys: Type.Array(Type.Record(Type.String(), Type.Unknown())) }) },
        },
      },
      async () => server.jwks(),
    );

    app.get(
      `${DEV_IDP_PATH}/.well-known/openid-configuration`,
      {
        config: { access: 'public' },
        schema: {
          tags: ['dev-idp'],
          summary: 'Tài liệu khám phá OIDC (phát triển) / OIDC discovery (development)',
          response: { 200: Type.Record(Type.String(), Type.Unknown()) },
        },
      },
      async () => ({
        issuer: server.issuer,
        authorization_endpoint: `${DEV_IDP_PATH}/authorize`,
        token_endpoint: `${DEV_IDP_PATH}/token`,
        jwks_uri: `${DEV_IDP_PATH}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        grant_types_supported: ['authorization_code'],
      }),
    );
  };
}
