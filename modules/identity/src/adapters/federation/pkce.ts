import { createHash, randomBytes } from 'node:crypto';

/** A PKCE code verifier (RFC 7636 §4.1): 43 characters of base64url from 32 random bytes. */
export function newCodeVerifier(): string {
  return randomBytes(32).toString('base64url');
}

/** The S256 challenge of a verifier; the only method accepted (plain would leak the verifier). */
export function codeChallengeS256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}
