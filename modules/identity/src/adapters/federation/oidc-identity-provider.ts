import { AppError } from '@openprovince/platform';
import type { FederatedIdentity, IdentityProvider } from './identity-provider.ts';
import { type IdTokenClaims, type RsaJwk, verifyIdToken } from './jwt.ts';

/** The token request of the authorisation code grant (RFC 6749 §4.1.3 with PKCE). */
export interface TokenRequest {
  grant_type: 'authorization_code';
  code: string;
  code_verifier: string;
  redirect_uri: string;
  client_id: string;
}

export interface OidcProviderConfig {
  id: string;
  issuer: string;
  clientId: string;
  authorizationEndpoint: string;
  /** Sends the token request: over HTTPS for VNeID, in process for the local provider. */
  requestToken: (request: TokenRequest) => Promise<{ id_token: string }>;
  /** The provider's current signing keys (its JWKS). */
  keys: () => Promise<readonly RsaJwk[]>;
  now?: () => Date;
  clockSkewSeconds?: number;
}

/**
 * The claims the adapter expects, modelled on a VNeID level-2 login: standard `sub`, `name`,
 * `phone_number`, `email`, and the personal ID number and assurance level as `personal_id` and
 * `assurance_level`. The real VNeID claim names go here when its integration documents are available.
 */
export function identityFromClaims(claims: IdTokenClaims): FederatedIdentity {
  const personalId = claims.personal_id;
  const fullName = claims.name;
  const level = claims.assurance_level;
  if (typeof personalId !== 'string' || !/^\d{12}$/.test(personalId)) {
    throw new AppError('UNAUTHENTICATED', {
      detail: 'Nhà cung cấp định danh không trả về số định danh cá nhân hợp lệ',
      detailEn: 'The identity provider did not return a valid personal ID number',
    });
  }
  if (typeof fullName !== 'string' || !fullName.trim() || typeof level !== 'number') {
    throw new AppError('UNAUTHENTICATED', {
      detail: 'Nhà cung cấp định danh không trả về đủ thông tin',
      detailEn: 'The identity provider did not return the required claims',
    });
  }
  return {
    subject: claims.sub,
    personalId,
    fullName: fullName.trim(),
    assuranceLevel: level,
    ...(typeof claims.phone_number === 'string' && claims.phone_number ? { phone: claims.phone_number } : {}),
    ...(typeof claims.email === 'string' && claims.email ? { email: claims.email } : {}),
  };
}

/** An OpenID Connect relying party: authorisation code flow, PKCE S256, ID token verified locally. */
export function createOidcIdentityProvider(config: OidcProviderConfig): IdentityProvider {
  const now = config.now ?? (() => new Date());
  return {
    id: config.id,
    authorizationUrl(request) {
      const params = new URLSearchParams({
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: request.redirectUri,
        scope: 'openid profile',
        state: request.state,
        nonce: request.nonce,
        code_challenge: request.codeChallenge,
        code_challenge_method: 'S256',
      });
      return `${config.authorizationEndpoint}?${params.toString()}`;
    },
    async exchangeCode(exchange) {
      const response = await config.requestToken({
        grant_type: 'authorization_code',
        code: exchange.code,
        code_verifier: exchange.codeVerifier,
        redirect_uri: exchange.redirectUri,
        client_id: config.clientId,
      });
      const claims = verifyIdToken(response.id_token, {
        issuer: config.issuer,
        audience: config.clientId,
        nonce: exchange.nonce,
        keys: await config.keys(),
        now: now(),
        ...(config.clockSkewSeconds !== undefined ? { clockSkewSeconds: config.clockSkewSeconds } : {}),
      });
      return identityFromClaims(claims);
    },
  };
}
