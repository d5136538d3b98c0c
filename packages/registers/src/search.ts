import { foldVietnamese, nfc } from '@openprovince/platform';

/**
 * The stored search key of a record: its searchable fields, NFC-normalised, folded (no diacritics, lower
 * case) and joined. Searching folds the query the same way, so "Đăng ký" and "dang ky" find the same rows.
 */
export function searchTextOf(...parts: readonly (string | null | undefined)[]): string {
  return foldVietnamese(
    parts
      .filter((p): p is string => !!p)
      .map(nfc)
      .join(' '),
  ).replace(/\s+/g, ' ');
}

/** A LIKE pattern that matches `query` anywhere, with the user's own % and _ taken literally. */
export function containsPattern(query: string): string {
  return `%${foldVietnamese(nfc(query)).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
