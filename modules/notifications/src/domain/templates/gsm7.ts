/**
 * GSM 03.38: the 7-bit alphabet every phone and gateway handles. A text that stays inside it fits 160
 * characters in one SMS; a single character outside it (any Vietnamese letter with a diacritic) switches
 * the whole message to UCS-2, 70 characters a segment, and many brandname gateways then charge double
 * or mangle the text. So SMS go out without diacritics by default.
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters sent as an escape plus one septet: they count twice. */
const EXTENSION = '^{}\\[~]|€\f';

const basicSet = new Set(BASIC);
const extensionSet = new Set(EXTENSION);

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basicSet.has(ch) && !extensionSet.has(ch)) return false;
  return true;
}

/** Length in septets (extension characters count two). */
export function gsm7Length(text: string): number {
  let n = 0;
  for (const ch of text) n += extensionSet.has(ch) ? 2 : 1;
  return n;
}

const TYPOGRAPHY: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
  '₫': 'd',
};

/**
 * Vietnamese without diacritics, keeping letter case ("Đã tiếp nhận" → "Da tiep nhan"), with typography
 * replaced by ASCII and anything else outside GSM-7 replaced by '?'. Case is kept (unlike search folding)
 * because codes and names read better that way.
 */
export function toGsm7Text(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
  let out = '';
  for (const ch of folded) {
    const replaced = TYPOGRAPHY[ch] ?? ch;
    out += isGsm7(replaced) ? replaced : '?';
  }
  return out;
}

export interface SmsSizing {
  encoding: 'gsm7' | 'ucs2';
  /** Characters (septets for GSM-7, UTF-16 code units for UCS-2). */
  length: number;
  segments: number;
}

/** How many SMS segments a text takes: 160/153 for GSM-7, 70/67 for UCS-2 (concatenation headers). */
export function smsSizing(text: string): SmsSizing {
  if (isGsm7(text)) {
    const length = gsm7Length(text);
    return { encoding: 'gsm7', length, segments: length <= 160 ? 1 : Math.ceil(length / 153) };
  }
  const length = text.length;
  return { encoding: 'ucs2', length, segments: length <= 70 ? 1 : Math.ceil(length / 67) };
}
