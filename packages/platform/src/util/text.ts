/**
 * Vietnamese text is stored in Unicode NFC: the same name typed on a phone (often NFD) and on a
 * Windows desktop (NFC, sometimes with legacy "old-style" tone placement) must compare equal.
 */
export function nfc(value: string): string {
  return value.normalize('NFC').trim();
}

/** Lower-case, accent-free form used for search keys ("Đăng ký" → "dang ky"). */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}
