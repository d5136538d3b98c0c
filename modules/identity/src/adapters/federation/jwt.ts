import { createPublicKey, type JsonWebKey, type KeyObject, sign, verify } from 'node:crypto';
import { AppError } from '@openprovince/platform';

/** Claims of an OpenID Connect ID token that the adapter checks, plus whatever the provider adds. */
export interface IdTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  nonce?: string;
  azp?: string;
  [claim: string]: unknown;
}

/** An RSA public key as a JWK with its key id (what a provider publishes at its jwks_uri). */
export type RsaJwk = JsonWebKey & { kid: string };

function rejected(detail: string, detailEn: string): AppError {
  return new AppError('UNAUTHENTICATED', {
    detail: `Không xác minh được đăng nhập qua VNeID: ${detail}`,
    detailEn: `The VNeID sign-in could not be verified: ${detailEn}`,
  });
}

function parsePart(part: string | undefined): Record<string, unknown> | undefined {
  if (!part || !/^[\w-]+$/.test(part)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Signs claims as a compact RS256 JWS (used by the local development provider). */
export function signJwtRs256(claims: Record<string, unknown>, key: { privateKey: KeyObject; kid: string }) {
  const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid })).toString(
    'base64url',
  );
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${body}`), key.privateKey);
  return `${header}.${body}.${signature.toString('base64url')}`;
}

/**
 * Verifies an ID token (OpenID Connect Core §3.1.3.7): RS256 signature by one of the provider's keys,
 * then iss, aud (and azp when there are several audiences), exp, iat and nonce. Only RS256 is accepted,
 * so neither `alg: none` nor an HMAC keyed with the public key can pass.
 */
export function verifyIdToken(
  token: string,
  expected: {
    issuer: string;
    audience: string;
    nonce: string;
    keys: readonly RsaJwk[];
    now: Date;
    clockSkewSeconds?: number;
  },
): IdTokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw rejected('mã thông báo sai định dạng', 'the token is malformed');
  const [headerPart, bodyPart, signaturePart] = parts as [string, string, string];
  const header = parsePart(headerPart);
  const claims = parsePart(bodyPart);
  if (!header || !claims) throw rejected('mã thông báo sai định dạng', 'the token is malformed');
  if (header.alg !== 'RS256')
    throw rejected('thuật toán ký không được chấp nhận', 'the algorithm is not accepted');
  const jwk = expected.keys.find((k) => k.kid === header.kid && k.kty === 'RSA');
  if (!jwk) throw rejected('không rõ khóa ký', 'the signing key is unknown');
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${headerPart}.${bodyPart}`),
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signaturePart, 'base64url'),
  );
  if (!valid) throw rejected('chữ ký không hợp lệ', 'the signature is invalid');

  const now = Math.floor(expected.now.getTime() / 1000);
  const skew = expected.clockSkewSeconds ?? 60;
  if (claims.iss !== expected.issuer) throw rejected('sai bên cấp', 'the issuer is wrong');
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(expected.audience)) throw rejected('sai bên nhận', 'the audience is wrong');
  if (audiences.length > 1 && claims.azp !== expected.audience) {
    throw rejected('sai bên được cấp', 'the authorised party is wrong');
  }
  if (typeof claims.exp !== 'number' || claims.exp + skew <= now) {
    throw rejected('mã thông báo đã hết hạn', 'the token has expired');
  }
  if (typeof claims.iat !== 'number' || claims.iat - skew > now) {
    throw rejected('thời điểm cấp không hợp lệ', 'the issue time is invalid');
  }
  if (typeof claims.nonce !== 'string' || claims.nonce !== expected.nonce) {
    throw rejected('nonce không khớp', 'the nonce does not match');
  }
  if (typeof claims.sub !== 'string' || !claims.sub)
    throw rejected('thiếu định danh', 'the subject is missing');
  return claims as IdTokenClaims;
}
