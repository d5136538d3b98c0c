import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The re-authentication proof: `<official id>.<instant in ms>.<HMAC-SHA256 of both>` (base64url MAC). Only
 * identity holds the key, so a module that receives one learns who re-authenticated and when, and nobody
 * can make one up or move its time. Short-lived by the verifier's window (five minutes to sign).
 */
export function signReauthProof(key: Uint8Array, input: { officialId: string; at: Date }): string {
  const body = `${input.officialId}.${input.at.getTime()}`;
  return `${body}.${mac(key, body)}`;
}

/** The instant the proof names, when it is intact and names `officialId`; null otherwise. */
export function readReauthProof(key: Uint8Array, proof: string, input: { officialId: string }): Date | null {
  const parts = proof.split('.');
  if (parts.length !== 3) return null;
  const [officialId, ms, given] = parts as [string, string, string];
  if (officialId !== input.officialId || !/^\d{1,15}$/.test(ms)) return null;
  const expected = Buffer.from(mac(key, `${officialId}.${ms}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return new Date(Number(ms));
}

function mac(key: Uint8Array, body: string): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}

/** The proof key from a configured secret, separated from the secret's other uses by a label. */
export function reauthKeyFrom(secret: string): Buffer {
  return createHmac('sha256', secret).update('openprovince/reauthentication-proof/v1').digest();
}
