import { foldVietnamese, nfc } from '@openprovince/platform';

/** Phone numbers are stored as 0xxxxxxxxx whatever the citizen typed (+84…, spaces). */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[\s.-]/g, '');
  return digits.startsWith('+84') ? `0${digits.slice(3)}` : digits;
}

export function normaliseUsername(username: string): string {
  return nfc(username).toLowerCase();
}

export function agencySearchText(input: {
  name: string;
  abbreviation: string;
  code: string;
  nameEn?: string | null;
}) {
  return foldVietnamese([input.name, input.abbreviation, input.code, input.nameEn ?? ''].join(' '));
}

export function officialSearchText(input: { fullName: string; username: string; email?: string | null }) {
  return foldVietnamese([input.fullName, input.username, input.email ?? ''].join(' '));
}
