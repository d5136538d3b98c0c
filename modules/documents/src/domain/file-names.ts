/**
 * Names of downloaded files. Browsers save a file under the Content-Disposition name, so the name says
 * what the file is now: an issued document by its number and symbol (Decree 30/2020: "01/KH-STTTT" →
 * `01-KH-STTTT.pdf`), a draft as a draft. Each name goes out twice (RFC 6266): an ASCII `filename` any
 * client understands and the Vietnamese one as RFC 5987 `filename*`.
 */

/** Vietnamese letters without their marks (đ → d), anything else unsafe in a file name → '-'. */
export function asciiFileName(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+(?=\.[^.]*$)|-+$/g, '');
  return ascii || 'tep.pdf';
}

/** `attachment; filename="01-QD-UBND.pdf"; filename*=UTF-8''01-Q%C4%90-UBND.pdf` (RFC 6266, RFC 5987). */
export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const encoded = encodeURIComponent(name.normalize('NFC')).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${asciiFileName(name)}"; filename*=UTF-8''${encoded}`;
}

/** "01/KH-STTTT" → "01-KH-STTTT.pdf"; "123/QĐ-UBND" → "123-QĐ-UBND.pdf" (a slash cannot be in a file name). */
export function numberSymbolFileName(numberSymbol: string, prefix = ''): string {
  const base = numberSymbol
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return `${prefix}${base || 'van-ban'}.pdf`;
}

/** An outgoing document's file: by its number and symbol once issued; before that the draft's own name. */
export function outgoingFileName(row: { numberSymbol: string | null; fileName: string | null }): string {
  return row.numberSymbol ? numberSymbolFileName(row.numberSymbol) : (row.fileName ?? 'du-thao.pdf');
}

/** The printed register: "Sổ đăng ký văn bản đi 2026.pdf". */
export function registerFileName(register: { direction: string; year: number }): string {
  const title =
    register.direction === 'outgoing'
      ? 'Sổ đăng ký văn bản đi'
      : register.direction === 'incoming'
        ? 'Sổ đăng ký văn bản đến'
        : 'Sổ quản lý bản sao văn bản';
  return `${title} ${register.year}.pdf`;
}
