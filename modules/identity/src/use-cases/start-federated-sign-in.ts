import { newToken, type RequestContext } from '@openprovince/platform';
import type { IdentityProvider } from '../adapters/federation/identity-provider.ts';
import { codeChallengeS256, newCodeVerifier } from '../adapters/federation/pkce.ts';
import { safeReturnPath } from '../adapters/federation/safe-return-path.ts';
import type { IdentityDeps } from '../deps.ts';
import { insertFederationRequest, purgeFederationRequests } from '../repositories/federation.repository.ts';
import { hashToken } from './log-in.ts';

/** A citizen has this long to finish signing in at the provider. */
export const FEDERATION_REQUEST_SECONDS = 600;

/**
 * Starts a sign-in with the identity provider: a fresh state, nonce and PKCE verifier, kept on the
 * server (state hashed) for ten minutes. Returns the provider URL and the state, which the route also
 * puts in a cookie so the callback is tied to this browser (login CSRF).
 */
export async function startFederatedSignIn(
  deps: IdentityDeps,
  _ctx: RequestContext,
  input: { provider: IdentityProvider; redirectUri: string; returnTo?: string },
): Promise<{ location: string; state: string }> {
  const now = deps.now();
  const state = newToken();
  const nonce = newToken();
  const codeVerifier = newCodeVerifier();
  await purgeFederationRequests(deps.db, new Date(now.getTime() - 24 * 3600_000));
  await insertFederationRequest(deps.db, {
    stateHash: hashToken(state),
    provider: input.provider.id,
    nonce,
    codeVerifier,
    redirectUri: input.redirectUri,
    returnTo: safeReturnPath(input.returnTo),
    createdAt: now,
    expiresAt: new Date(now.getTime() + FEDERATION_REQUEST_SECONDS * 1000),
  });
  const location = input.provider.authorizationUrl({
    state,
    nonce,
    codeChallenge: codeChallengeS256(codeVerifier),
    redirectUri: input.redirectUri,
  });
  return { location, state };
}
