import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotpStep, totpAt, verifyTotp } from './totp.ts';

// RFC 6238 appendix B test vectors (SHA-1 secret "12345678901234567890"), truncated to 6 digits.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors', () => {
    expect(totpAt(RFC_SECRET, new Date(59 * 1000))).toBe('287082');
    expect(totpAt(RFC_SECRET, new Date(1111111109 * 1000))).toBe('081804');
    expect(totpAt(RFC_SECRET, new Date(1234567890 * 1000))).toBe('005924');
    expect(totpAt(RFC_SECRET, new Date(2000000000 * 1000))).toBe('279037');
  });

  it('matches the RFC 4226 HOTP vectors', () => {
    const secret = Buffer.from('12345678901234567890');
    expect([0, 1, 2, 9].map((c) => hotp(secret, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('accepts one step of clock drift and refuses more', () => {
    const now = new Date(1_700_000_000_000);
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, new Date(now.getTime() - 30_000)), now)).toBe(true);
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, new Date(now.getTime() - 90_000)), now)).toBe(false);
    expect(verifyTotp(RFC_SECRET, 'abcdef', now)).toBe(false);
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
  });

  it('tells which 30-second step a code belongs to, so that the step can be used once', () => {
    const now = new Date('2021-02-05T09:40:10Z');
    const step = Math.floor(now.getTime() / 30_000);
    expect(matchTotpStep(RFC_SECRET, totpAt(RFC_SECRET, now), now)).toBe(step);
    expect(matchTotpStep(RFC_SECRET, totpAt(RFC_SECRET, new Date(now.getTime() - 30_000)), now)).toBe(
      step - 1,
    );
    expect(matchTotpStep(RFC_SECRET, totpAt(RFC_SECRET, new Date(now.getTime() + 30_000)), now)).toBe(
      step + 1,
    );
    expect(
      matchTotpStep(RFC_SECRET, totpAt(RFC_SECRET, new Date(now.getTime() + 60_000)), now),
    ).toBeUndefined();
  });
});
