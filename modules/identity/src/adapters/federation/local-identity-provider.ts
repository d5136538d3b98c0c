import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { AppError } from '@openprovince/platform';
import { DEMO_CITIZEN } from '../../seed/demo-accounts.ts';
import type { FederatedIdentity, IdentityProvider } from './identity-provider.ts';
import { type RsaJwk, signJwtRs256 } from './jwt.ts';
import { createOidcIdentityProvider, type TokenRequest } from './oidc-identity-provider.ts';
import { codeChallengeS256 } from './pkce.ts';

/** Where the development provider's pages live (registered by federationRoutes when enabled). */
export const DEV_IDP_PATH = '/api/dev-idp';
export const FEDERATION_CALLBACK_PATH = '/api/auth/vneid/callback';

/** People the development provider can sign in as; the first is the demo citizen of the seed. */
export const DEV_IDP_IDENTITIES: FederatedIdentity[] = [
  {
    subject: 'dev-vneid-0001',
    personalId: DEMO_CITIZEN.personalId,
    fullName: DEMO_CITIZEN.fullName,
    phone: '+84912345678',
    email: DEMO_CITIZEN.email,
    assuranceLevel: 2,
  },
  {
    subject: 'dev-vneid-0002',
    personalId: '084195000002',
    fullName: 'Trần Thị Bích Ngọc',
    phone: '0987 654 321',
    assuranceLevel: 2,
  },
  {
    subject: 'dev-vneid-0003',
    personalId: '084200000003',
    fullName: 'Lê Văn Tâm',
    assuranceLevel: 1,
  },
];

export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  state: string;
  nonce: string;
  codeChallenge: string;
  codeChallengeMethod: string;
}

/** The provider side of the local implementation: what a VNeID server does, kept in this process. */
export interface LocalOidcServer {
  readonly issuer: string;
  readonly clientId: string;
  readonly identities: readonly FederatedIdentity[];
  /** Checks an authorisation request; throws for an unknown client or redirect URI (never redirects then). */
  checkAuthorizeRequest(params: AuthorizeParams): void;
  /** The citizen chose an identity: issue a one-time code and return where to send the browser. */
  approve(params: AuthorizeParams & { subject: string }): string;
  token(request: TokenRequest): { id_token: string; token_type: 'Bearer'; expires_in: number };
  jwks(): { keys: RsaJwk[] };
}

export type LocalIdentityProvider = IdentityProvider & { readonly server: LocalOidcServer };

interface PendingCode {
  identity: FederatedIdentity;
  clientId: string;
  redirectUri: string;
  nonce: string;
  codeChallenge: string;
  expiresAt: number;
}

function badRequest(detail: string, detailEn: string): AppError {
  return new AppError('VALIDATION_FAILED', { detail, detailEn });
}

function invalidGrant(): AppError {
  return new AppError('UNAUTHENTICATED', {
    detail: 'Mã cấp quyền không hợp lệ, đã dùng hoặc đã hết hạn',
    detailEn: 'The authorisation code is invalid, used or expired',
  });
}

/**
 * A real (if small) OpenID Connect provider for development and tests: an RS256 key generated per
 * process, one-time codes bound to client, redirect URI and PKCE challenge, ID tokens valid 5 minutes.
 * Never enable it in production: anyone can sign in as any listed person.
 */
export function createLocalIdentityProvider(
  options: {
    issuer?: string;
    clientId?: string;
    identities?: FederatedIdentity[];
    redirectUris?: string[];
    now?: () => Date;
  } = {},
): LocalIdentityProvider {
  const issuer = options.issuer ?? `urn:openprovince:dev-idp`;
  const clientId = options.clientId ?? 'openprovince';
  const identities = options.identities ?? DEV_IDP_IDENTITIES;
  const redirectUris = options.redirectUris ?? [FEDERATION_CALLBACK_PATH];
  const now = options.now ?? (() => new Date());
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const publicJwk: RsaJwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const codes = new Map<string, PendingCode>();

  const server: LocalOidcServer = {
    issuer,
    clientId,
    identities,
    checkAuthorizeRequest(params) {
      if (params.clientId !== clientId) throw badRequest('client_id không đúng', 'unknown client_id');
      if (!redirectUris.includes(params.redirectUri)) {
        throw badRequest('redirect_uri chưa được đăng ký', 'redirect_uri is not registered');
      }
      if (params.codeChallengeMethod !== 'S256' || !/^[\w-]{43}$/.test(params.codeChallenge)) {
        throw badRequest('Cần PKCE S256', 'PKCE S256 is required');
      }
      if (!params.state || !params.nonce)
        throw badRequest('Thiếu state hoặc nonce', 'state and nonce are required');
    },
    approve(params) {
      server.checkAuthorizeRequest(params);
      const identity = identities.find((i) => i.subject === params.subject);
      if (!identity) throw badRequest('Không có danh tính này', 'no such identity');
      for (const [code, pending] of codes) if (pending.expiresAt < now().getTime()) codes.delete(code);
      const code = randomBytes(32).toString('base64url');
      codes.set(code, {
        identity,
        clientId: params.clientId,
        redirectUri: params.redirectUri,
        nonce: params.nonce,
        codeChallenge: params.codeChallenge,
        expiresAt: now().getTime() + 60_000,
      });
      const query = new URLSearchParams({ code, state: params.state });
      return `${params.redirectUri}?${query.toString()}`;
    },
    token(request) {
      const pending = codes.get(request.code);
      // A code is used once, even when the exchange fails (RFC 6749 §4.1.2).
      codes.delete(request.code);
      if (
        request.grant_type !== 'authorization_code' ||
        !pending ||
        pending.expiresAt < now().getTime() ||
        pending.clientId !== request.client_id ||
        pending.redirectUri !== request.redirect_uri ||
        codeChallengeS256(request.code_verifier) !== pending.codeChallenge
      ) {
        throw invalidGrant();
      }
      const iat = Math.floor(now().getTime() / 1000);
      const { identity } = pending;
      const id_token = signJwtRs256(
        {
          iss: issuer,
          aud: clientId,
          sub: identity.subject,
          iat,
          exp: iat + 300,
          nonce: pending.nonce,
          name: identity.fullName,
          personal_id: identity.personalId,
          assurance_level: identity.assuranceLevel,
          ...(identity.phone ? { phone_number: identity.phone } : {}),
          ...(identity.email ? { email: identity.email } : {}),
        },
        { privateKey, kid },
      );
      return { id_token, token_type: 'Bearer', expires_in: 300 };
    },
    jwks: () => ({ keys: [publicJwk] }),
  };

  const client = createOidcIdentityProvider({
    id: 'vneid-local',
    issuer,
    clientId,
    authorizationEndpoint: `${DEV_IDP_PATH}/authorize`,
    requestToken: async (request) => server.token(request),
    keys: async () => server.jwks().keys,
    now,
  });
  return { ...client, server };
}
