import { describe, expect, it } from 'vitest';
import { generatePassword, PASSWORD_ALPHABET } from './generate-password.ts';

describe('generatePassword', () => {
  it('gives three groups of four unambiguous characters, long enough for the API (≥ 10)', () => {
    for (let i = 0; i < 50; i++) {
      const password = generatePassword();
      expect(password).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}$/);
      expect(password.length).toBeGreaterThanOrEqual(10);
      for (const c of password.replaceAll('-', '')) expect(PASSWORD_ALPHABET).toContain(c);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });

  it('differs from one call to the next', () => {
    const seen = new Set(Array.from({ length: 200 }, () => generatePassword()));
    expect(seen.size).toBe(200);
  });

  it('skips random words above the last full cycle of the alphabet (no bias)', () => {
    const size = PASSWORD_ALPHABET.length;
    const limit = Math.floor(0x1_0000_0000 / size) * size;
    let call = 0;
    // First batch: only rejected words; then every word maps to index 2 ("C").
    const random = (count: number) =>
      call++ === 0 ? new Uint32Array(count).fill(limit) : new Uint32Array(count).fill(size + 2);
    expect(generatePassword(random)).toBe('CCCC-CCCC-CCCC');
  });
});
