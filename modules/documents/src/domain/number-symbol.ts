/**
 * Number and symbol (số, ký hiệu) of a document: parser and generator.
 *
 * Decree 30/2020/NĐ-CP Art. 15 and Appendix I (administrative documents), Law 80/2015/QH13 Art. 9
 * (normative legal documents) and Regulation 66-HD/VPTW (Party documents) give four shapes:
 *
 *   administrative   {số}/{LOẠI}-{CƠ QUAN}[-{ĐƠN VỊ SOẠN THẢO}]     14/CT-UBND, 667/QĐ-BTTTT
 *   official letter  {số}/{CƠ QUAN}-{ĐƠN VỊ SOẠN THẢO}              1650/STTTT-TTBCXB, 4595/UBND-CNXD
 *   legal            {số}/{năm}/{LOẠI}-{CƠ QUAN}                     15/2021/TT-BTTTT, 61/2018/NĐ-CP
 *                    {số}/{năm}/{CƠ QUAN}  (laws: 80/2015/QH13)
 *   party            {số}-{LOẠI}/{CƠ QUAN}[-{ĐƠN VỊ}]                15-CTr/TU, 01-NQ/TU
 *
 * A công văn has no type abbreviation (Decree 30, Appendix I, II.3), so `n/A-B` is an official letter
 * unless A is a known type abbreviation. Numbers are written with at least two digits ("01").
 */

/** Type abbreviations of Decree 30/2020 Appendix III, plus the legal forms of Law 80/2015. */
export const DOCUMENT_TYPES = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ',
  BTT: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi',
  PC: 'Phiếu chuyển',
  PB: 'Phiếu báo',
  // Normative legal documents (Law 80/2015/QH13 Art. 4).
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  NQLT: 'Nghị quyết liên tịch',
  L: 'Luật',
  PL: 'Pháp lệnh',
  // Not in Decree 30 (a công văn has no abbreviation), but Party letters use "-CV/" and older
  // administrative letters "…/CV-…": accepted by the parser, never generated for state agencies.
  CV: 'Công văn',
} as const;

export type DocumentTypeCode = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_CODES = Object.keys(DOCUMENT_TYPES) as DocumentTypeCode[];

/** Types that exist as normative legal documents of a province (Law 80/2015 Art. 4 §§ 10–15). */
export const LEGAL_TYPE_CODES = ['NQ', 'QĐ'] as const;

export type NumberSymbolKind = 'administrative' | 'official_letter' | 'legal' | 'party';
export const NUMBER_SYMBOL_KINDS = ['administrative', 'official_letter', 'legal', 'party'] as const;

export interface NumberSymbol {
  kind: NumberSymbolKind;
  number: number;
  /** Year in the identifier (legal documents only). */
  year?: number;
  /** Type abbreviation (absent for an official letter and for a law). */
  typeCode?: string;
  /** Issuing body abbreviation, e.g. UBND, STTTT, TU, CP, QH13. */
  issuer: string;
  /** Drafting unit (đơn vị soạn thảo), e.g. TTBCXB, CNXD. */
  draftingUnit?: string;
}

export function isTypeCode(code: string): code is DocumentTypeCode {
  return Object.hasOwn(DOCUMENT_TYPES, code);
}

export function typeName(code: string | undefined): string | undefined {
  return code && isTypeCode(code) ? DOCUMENT_TYPES[code] : undefined;
}

const PART = '[\\p{Lu}\\p{Ll}0-9]+';
const LEGAL = new RegExp(`^(\\d{1,6})/(\\d{4})/(?:(${PART})-)?(${PART}(?:-${PART})*)$`, 'u');
const PARTY = new RegExp(`^(\\d{1,6})-(${PART})/(${PART})(?:-(${PART}))?$`, 'u');
const SLASH = new RegExp(`^(\\d{1,6})/(${PART})-(${PART})(?:-(${PART}))?$`, 'u');

/** Parses a number/symbol (NFC, surrounding spaces and a leading "Số:" ignored). Undefined when it fits no shape. */
export function parseNumberSymbol(input: string): NumberSymbol | undefined {
  const text = input
    .normalize('NFC')
    .trim()
    .replace(/^số\s*:?\s*/iu, '');
  let m = LEGAL.exec(text);
  if (m) {
    const [, n, year, type, issuer] = m;
    if (type && !isTypeCode(type)) return undefined;
    return {
      kind: 'legal',
      number: Number(n),
      year: Number(year),
      ...(type ? { typeCode: type } : {}),
      issuer: issuer!,
    };
  }
  m = PARTY.exec(text);
  if (m) {
    const [, n, type, issuer, unit] = m;
    if (!isTypeCode(type!)) return undefined;
    return {
      kind: 'party',
      number: Number(n),
      typeCode: type!,
      issuer: issuer!,
      ...(unit ? { draftingUnit: unit } : {}),
    };
  }
  m = SLASH.exec(text);
  if (m) {
    const [, n, first, second, third] = m;
    if (isTypeCode(first!)) {
      return {
        kind: first === 'CV' ? 'official_letter' : 'administrative',
        number: Number(n),
        typeCode: first!,
        issuer: second!,
        ...(third ? { draftingUnit: third } : {}),
      };
    }
    // An official letter has exactly issuer and drafting unit; a third part would be ambiguous.
    if (third) return undefined;
    return { kind: 'official_letter', number: Number(n), issuer: first!, draftingUnit: second! };
  }
  return undefined;
}

/** "01", "09", "10", "1650": at least two digits (Decree 30, Appendix I, II.3: "từ số 01"). */
export function formatDocumentNumber(n: number): string {
  return String(n).padStart(2, '0');
}

/** The symbol without the number ("KH-UBND", "2021/TT-BTTTT", "CTr/TU"): QCVN 102 CodeNotation. */
export function formatNotation(s: Omit<NumberSymbol, 'number'>): string {
  const unit = s.draftingUnit ? `-${s.draftingUnit}` : '';
  switch (s.kind) {
    case 'administrative':
      return `${s.typeCode}-${s.issuer}${unit}`;
    case 'official_letter':
      return s.typeCode ? `${s.typeCode}-${s.issuer}${unit}` : `${s.issuer}${unit}`;
    case 'legal':
      return `${s.year}/${s.typeCode ? `${s.typeCode}-` : ''}${s.issuer}`;
    case 'party':
      return `${s.typeCode}/${s.issuer}${unit}`;
  }
}

/** Generates the identifier printed after "Số:". Throws on a combination the rules do not allow. */
export function formatNumberSymbol(s: NumberSymbol): string {
  if (!Number.isInteger(s.number) || s.number < 1) throw new RangeError('number must be a positive integer');
  if (s.kind === 'administrative' && !s.typeCode)
    throw new RangeError('an administrative document needs a type');
  if (s.kind === 'official_letter' && !s.draftingUnit && !s.typeCode) {
    throw new RangeError('an official letter needs a drafting unit');
  }
  if (s.kind === 'legal' && !s.year) throw new RangeError('a legal document needs its year');
  if (s.kind === 'party' && !s.typeCode) throw new RangeError('a Party document needs a type');
  const n = formatDocumentNumber(s.number);
  if (s.kind === 'party') return `${n}-${formatNotation(s)}`;
  return `${n}/${formatNotation(s)}`;
}

/**
 * The identifier exactly as the source printed it, for comparisons: numbers below 10 are printed "01"
 * by Decree 30, but older texts print "1"; two identifiers are the same document if they parse the same.
 */
export function sameNumberSymbol(a: string, b: string): boolean {
  const pa = parseNumberSymbol(a);
  const pb = parseNumberSymbol(b);
  return !!pa && !!pb && JSON.stringify(pa) === JSON.stringify(pb);
}
