import { describe, expect, it } from 'vitest';
import { formatNumberSymbol, parseNumberSymbol, sameNumberSymbol } from './number-symbol.ts';

/**
 * Every document identifier in the 2021 report of the Sở TT&TT (/work/shared/seed/000_1be49d0a755e7f75.txt,
 * found with `grep -oP '\b\d+(?:/\d{4})?/[\p{L}]+(?:-[\p{L}0-9]+)+|\b\d+-[\p{L}]+/[\p{L}]+'`), with the
 * shape each one must parse to.
 */
const REPORT_CORPUS: [string, ReturnType<typeof parseNumberSymbol>][] = [
  ['15-CTr/TU', { kind: 'party', number: 15, typeCode: 'CTr', issuer: 'TU' }],
  ['14/CT-UBND', { kind: 'administrative', number: 14, typeCode: 'CT', issuer: 'UBND' }],
  ['11/CT-UBND', { kind: 'administrative', number: 11, typeCode: 'CT', issuer: 'UBND' }],
  ['58/KH-UBND', { kind: 'administrative', number: 58, typeCode: 'KH', issuer: 'UBND' }],
  ['42/KH-UBND', { kind: 'administrative', number: 42, typeCode: 'KH', issuer: 'UBND' }],
  ['52/KH-UBND', { kind: 'administrative', number: 52, typeCode: 'KH', issuer: 'UBND' }],
  ['97/KH-UBND', { kind: 'administrative', number: 97, typeCode: 'KH', issuer: 'UBND' }],
  ['63/KH-UBND', { kind: 'administrative', number: 63, typeCode: 'KH', issuer: 'UBND' }],
  ['68/KH-UBND', { kind: 'administrative', number: 68, typeCode: 'KH', issuer: 'UBND' }],
  ['667/QĐ-BTTTT', { kind: 'administrative', number: 667, typeCode: 'QĐ', issuer: 'BTTTT' }],
  ['15/2021/TT-BTTTT', { kind: 'legal', number: 15, year: 2021, typeCode: 'TT', issuer: 'BTTTT' }],
  ['1650/STTTT-TTBCXB', { kind: 'official_letter', number: 1650, issuer: 'STTTT', draftingUnit: 'TTBCXB' }],
  ['4595/UBND-CNXD', { kind: 'official_letter', number: 4595, issuer: 'UBND', draftingUnit: 'CNXD' }],
  ['5493/UBND-CNXD', { kind: 'official_letter', number: 5493, issuer: 'UBND', draftingUnit: 'CNXD' }],
  ['1411/CATTT-NCSC', { kind: 'official_letter', number: 1411, issuer: 'CATTT', draftingUnit: 'NCSC' }],
  ['43/2011/NĐ-CP', { kind: 'legal', number: 43, year: 2011, typeCode: 'NĐ', issuer: 'CP' }],
  ['61/2018/NĐ-CP', { kind: 'legal', number: 61, year: 2018, typeCode: 'NĐ', issuer: 'CP' }],
  ['45/2020/NĐ-CP', { kind: 'legal', number: 45, year: 2020, typeCode: 'NĐ', issuer: 'CP' }],
  ['07/2014/TT-TTCP', { kind: 'legal', number: 7, year: 2014, typeCode: 'TT', issuer: 'TTCP' }],
];

/** Shapes the report does not contain but the registers produce (Party resolutions, reports, notices, letters). */
const OTHER_SHAPES: [string, ReturnType<typeof parseNumberSymbol>][] = [
  ['01-NQ/TU', { kind: 'party', number: 1, typeCode: 'NQ', issuer: 'TU' }],
  ['125-CV/TU', { kind: 'party', number: 125, typeCode: 'CV', issuer: 'TU' }],
  ['12/BC-UBND', { kind: 'administrative', number: 12, typeCode: 'BC', issuer: 'UBND' }],
  ['05/TB-STTTT', { kind: 'administrative', number: 5, typeCode: 'TB', issuer: 'STTTT' }],
  [
    '09/QĐ-UBND-VP',
    { kind: 'administrative', number: 9, typeCode: 'QĐ', issuer: 'UBND', draftingUnit: 'VP' },
  ],
  ['123/CV-UBND', { kind: 'official_letter', number: 123, typeCode: 'CV', issuer: 'UBND' }],
  ['08/2021/NQ-HĐND', { kind: 'legal', number: 8, year: 2021, typeCode: 'NQ', issuer: 'HĐND' }],
  ['80/2015/QH13', { kind: 'legal', number: 80, year: 2015, issuer: 'QH13' }],
  ['03/TTr-STTTT', { kind: 'administrative', number: 3, typeCode: 'TTr', issuer: 'STTTT' }],
  ['14/QyĐ-UBND', { kind: 'administrative', number: 14, typeCode: 'QyĐ', issuer: 'UBND' }],
];

describe('number/symbol parser against every identifier in the report', () => {
  it.each(REPORT_CORPUS)('%s', (text, expected) => {
    expect(parseNumberSymbol(text)).toEqual(expected);
  });
  it.each(REPORT_CORPUS)('generates %s back from its parts', (text) => {
    expect(formatNumberSymbol(parseNumberSymbol(text)!)).toBe(text);
  });
  it('covers all 19 distinct identifiers of the report', () => {
    expect(new Set(REPORT_CORPUS.map(([t]) => t)).size).toBe(19);
  });
});

describe('number/symbol: other shapes', () => {
  it.each(OTHER_SHAPES)('%s', (text, expected) => {
    expect(parseNumberSymbol(text)).toEqual(expected);
    expect(formatNumberSymbol(expected!)).toBe(text);
  });

  it('reads a "Số:" prefix, spaces and decomposed (NFD) Vietnamese', () => {
    expect(parseNumberSymbol('  Số: 667/QĐ-BTTTT ')).toEqual(REPORT_CORPUS[9]![1]);
    expect(parseNumberSymbol('667/QĐ-BTTTT'.normalize('NFD'))).toEqual(REPORT_CORPUS[9]![1]);
  });

  it('rejects what fits no shape', () => {
    for (const bad of [
      '',
      'KH-UBND',
      '97',
      '97/KH',
      '97/XYZ/UBND',
      '15-XX/TU',
      '1/2/3',
      '97//KH-UBND',
      '01/2021/ZZ-UBND',
      'abc/KH-UBND',
    ]) {
      expect(parseNumberSymbol(bad), bad).toBeUndefined();
    }
    expect(parseNumberSymbol('1/A-B-C')).toBeUndefined();
  });

  it('pads numbers below 10 ("từ số 01") and treats 1 and 01 as the same number', () => {
    expect(formatNumberSymbol({ kind: 'administrative', number: 1, typeCode: 'KH', issuer: 'UBND' })).toBe(
      '01/KH-UBND',
    );
    expect(sameNumberSymbol('1/KH-UBND', '01/KH-UBND')).toBe(true);
    expect(sameNumberSymbol('1/KH-UBND', '01/KH-STTTT')).toBe(false);
  });

  it('refuses to generate an incomplete identifier', () => {
    expect(() => formatNumberSymbol({ kind: 'administrative', number: 1, issuer: 'UBND' })).toThrow();
    expect(() => formatNumberSymbol({ kind: 'official_letter', number: 1, issuer: 'UBND' })).toThrow();
    expect(() => formatNumberSymbol({ kind: 'legal', number: 1, typeCode: 'QĐ', issuer: 'UBND' })).toThrow();
    expect(() =>
      formatNumberSymbol({ kind: 'administrative', number: 0, typeCode: 'KH', issuer: 'UBND' }),
    ).toThrow();
  });
});
