import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type RsaJwk, signJwtRs256, verifyIdToken } from './jwt.ts';

function keyPair(kid: string) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk: RsaJwk = { ...publicKey.export({ format: 'jwk' }), kid };
  return { privateKey, kid, jwk };
}

const key = keyPair('k1');
const other = keyPair('k1');
const now = new Date('2026-11-28T03:00:00Z');
const iat = Math.floor(now.getTime() / 1000);
const claims = {
  iss: 'https://idp.example',
  aud: 'openprovince',
  sub: 's-1',
  iat,
  exp: iat + 300,
  nonce: 'n-1',
};
const expected = {
  issuer: 'https://idp.example',
  audience: 'openprovince',
  nonce: 'n-1',
  keys: [key.jwk],
  now,
};

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('ID token verification (RS256, OIDC Core §3.1.3.7)', () => {
  it('accepts a token signed by the provider with the expected claims', () => {
    expect(verifyIdToken(signJwtRs256(claims, key), expected)).toMatchObject({ sub: 's-1', nonce: 'n-1' });
  });

  it('refuses a token signed by another key with the same key id', () => {
    expect(() => verifyIdToken(signJwtRs256(claims, other), expected)).toThrow(/signature is invalid/);
  });

  it('refuses a token whose claims were changed after signing', () => {
    const [h, , s] = signJwtRs256(claims, key).split('.');
    const forged = `${h}.${b64({ ...claims, sub: 's-2' })}.${s}`;
    expect(() => verifyIdToken(forged, expected)).toThrow(/signature is invalid/);
  });

  it('refuses alg none and HS256 whatever the signature', () => {
    const none = `${b64({ alg: 'none', kid: 'k1' })}.${b64(claims)}.`;
    expect(() => verifyIdToken(none, expected)).toThrow(/algorithm/);
    const hsHeader = b64({ alg: 'HS256', kid: 'k1' });
    const hs = `${hsHeader}.${b64(claims)}.${sign(null, Buffer.from('x'), key.privateKey).toString('base64url')}`;
    expect(() => verifyIdToken(hs, expected)).toThrow(/algorithm/);
  });

  it('refuses an unknown key id and malformed tokens', () => {
    expect(() => verifyIdToken(signJwtRs256(claims, { ...key, kid: 'k9' }), expected)).toThrow(
      /key is unknown/,
    );
    expect(() => verifyIdToken('a.b', expected)).toThrow(/malformed/);
    expect(() => verifyIdToken('!!.??.xx', expected)).toThrow(/malformed/);
  });

  it('checks issuer, audience, authorised party, expiry, issue time and nonce', () => {
    const verifyWith = (changes: Record<string, unknown>) => () =>
      verifyIdToken(signJwtRs256({ ...claims, ...changes }, key), expected);
    expect(verifyWith({ iss: 'https://evil.example' })).toThrow(/issuer/);
    expect(verifyWith({ aud: 'someone-else' })).toThrow(/audience/);
    expect(verifyWith({ aud: ['openprovince', 'other'], azp: 'other' })).toThrow(/authorised party/);
    expect(verifyWith({ aud: ['openprovince', 'other'], azp: 'openprovince' })).not.toThrow();
    expect(verifyWith({ exp: iat - 61 })).toThrow(/expired/);
    expect(verifyWith({ exp: iat - 30 })).not.toThrow(); // within the 60 s clock skew
    expect(verifyWith({ iat: iat + 3600 })).toThrow(/issue time/);
    expect(verifyWith({ nonce: 'n-2' })).toThrow(/nonce/);
    expect(verifyWith({ nonce: undefined })).toThrow(/nonce/);
  });

  it('answers with a bilingual UNAUTHENTICATED problem', () => {
    try {
      verifyIdToken(signJwtRs256({ ...claims, nonce: 'x' }, key), expected);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'UNAUTHENTICATED',
        options: { detail: expect.stringContaining('nonce không khớp') },
      });
    }
  });
});
