import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** RFC 6238 time-based one-time passwords (SHA-1, 6 digits, 30 s): what every authenticator app speaks. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, '').replace(/\s/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const idx = ALPHABET.indexOf(ch);
    if (idx < 0) throw new Error('invalid base32');
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export function hotp(secret: Buffer, counter: number, digits = 6): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(msg).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return code.toString().padStart(digits, '0');
}

export function totpAt(secretBase32: string, at: Date, stepSeconds = 30): string {
  return hotp(base32Decode(secretBase32), Math.floor(at.getTime() / 1000 / stepSeconds));
}

/**
 * The time step (30-second counter) whose code this is, among the current one and one either side (for
 * clocks that drift a little); undefined when it matches none. The caller keeps the last step accepted
 * and refuses any step not after it, so that a code works once (RFC 6238 §5.2).
 */
export function matchTotpStep(secretBase32: string, code: string, at: Date = new Date()): number | undefined {
  const given = Buffer.from(code);
  const current = Math.floor(at.getTime() / 1000 / 30);
  const secret = base32Decode(secretBase32);
  for (const step of [current, current - 1, current + 1]) {
    const expected = Buffer.from(hotp(secret, step));
    if (expected.length === given.length && timingSafeEqual(expected, given)) return step;
  }
  return undefined;
}

/** Whether the code is valid now (without the single-use rule, which needs the account's last step). */
export function verifyTotp(secretBase32: string, code: string, at: Date = new Date()): boolean {
  return matchTotpStep(secretBase32, code, at) !== undefined;
}

export function otpauthUri(input: { secret: string; account: string; issuer?: string }): string {
  const issuer = input.issuer ?? 'OpenProvince';
  return `otpauth://totp/${encodeURIComponent(`${issuer}:${input.account}`)}?secret=${input.secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`;
}
