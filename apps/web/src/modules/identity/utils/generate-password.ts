/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand (no 0/O, 1/l/I). */
export const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/**
 * A one-time password an administrator hands to an official: three groups of four characters (about 70
 * bits), e.g. "Xk7p-Qm3r-Tz9w". Rejection sampling keeps every character equally likely.
 */
export function generatePassword(
  randomWords: (count: number) => Uint32Array = (count) => crypto.getRandomValues(new Uint32Array(count)),
): string {
  const size = PASSWORD_ALPHABET.length;
  const limit = Math.floor(0x1_0000_0000 / size) * size;
  const chars: string[] = [];
  while (chars.length < 12) {
    for (const word of randomWords(16)) {
      if (word < limit && chars.length < 12) chars.push(PASSWORD_ALPHABET[word % size] as string);
    }
  }
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-');
}
