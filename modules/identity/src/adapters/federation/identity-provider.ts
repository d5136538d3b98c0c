/**
 * The port through which citizens sign in with an outside identity provider. The model is the national
 * VNeID login (OpenID Connect, authorisation code flow with PKCE S256): the provider vouches for the
 * citizen's personal ID number and name at an assurance level (VNeID level 2 = identity checked in person).
 */
export interface AuthorizationRequest {
  /** Opaque, single-use; echoed back on the callback and checked against the server-side record. */
  state: string;
  /** Bound into the ID token; stops a token issued for another sign-in from being replayed here. */
  nonce: string;
  /** BASE64URL(SHA-256(code verifier)) — PKCE S256. */
  codeChallenge: string;
  redirectUri: string;
}

export interface CodeExchange {
  code: string;
  codeVerifier: string;
  redirectUri: string;
  /** The nonce sent with the authorisation request; the ID token must carry the same value. */
  nonce: string;
}

/** What a verified ID token says about the citizen. */
export interface FederatedIdentity {
  /** The provider's stable identifier of the person (OIDC `sub`). */
  subject: string;
  /** 12-digit personal identification number (số định danh cá nhân). */
  personalId: string;
  fullName: string;
  phone?: string;
  email?: string;
  /** 1 = account registered online, 2 = identity checked in person (VNeID mức 2). */
  assuranceLevel: number;
}

export interface IdentityProvider {
  /** Stored with each linked account, e.g. `vneid` or `vneid-local`; never shown to citizens. */
  readonly id: string;
  authorizationUrl(request: AuthorizationRequest): string;
  /** Exchanges the code, verifies the ID token (signature, iss, aud, exp, nonce) and returns its claims. */
  exchangeCode(exchange: CodeExchange): Promise<FederatedIdentity>;
}
