import { describe, expect, it } from 'vitest';
import { normaliseDraftingUnit, notationPreview } from './notation.ts';

describe('the symbol of a draft', () => {
  it('puts the drafting unit after the agency, and the type before it', () => {
    expect(notationPreview({ typeCode: '', agency: 'STTTT', draftingUnit: 'VP' })).toBe('…/STTTT-VP');
    expect(notationPreview({ typeCode: 'KH', agency: 'STTTT', draftingUnit: '' })).toBe('…/KH-STTTT');
    expect(notationPreview({ typeCode: 'QĐ', agency: 'UBND', draftingUnit: 'KT' })).toBe('…/QĐ-UBND-KT');
  });

  it('writes the drafting unit in capitals without spaces, Vietnamese letters included', () => {
    expect(normaliseDraftingUnit(' vp ')).toBe('VP');
    expect(normaliseDraftingUnit('tt bcxb')).toBe('TTBCXB');
    expect(normaliseDraftingUnit('đt')).toBe('ĐT');
  });
});
