import { describe, expect, it } from 'vitest';
import { checkPostTexts, cleanText, searchTextOf, searchWords } from './text.ts';

describe('portal texts', () => {
  it('splits Khmer into dictionary words (no spaces in the script)', () => {
    expect(searchWords('ប្រទេសកម្ពុជាជាប្រទេសមួយ')).toEqual(['ប្រទេស', 'កម្ពុជា', 'ជា', 'ប្រទេស', 'មួយ']);
  });

  it('treats ZWSP as a word break in the index but keeps it in the stored text', () => {
    const body = 'បុណ្យ\u200bចូលឆ្នាំ\u200bថ្មី';
    expect(cleanText(`${body}\r\n`)).toBe(body);
    expect(searchWords(body)).not.toContain('\u200b');
    expect(searchWords(body).join(' ')).toContain('បុណ្យ');
  });

  it('folds Vietnamese accents so "tiem chung" finds "Tiêm chủng"', () => {
    const index = searchTextOf({ title: 'Tiêm chủng vắc-xin Covid-19', summary: '', body: 'Đợt 3' });
    expect(index).toContain('tiem chung');
    expect(index).toContain('dot 3');
    expect(searchWords('TIEM  Chủng')).toEqual(['tiem', 'chung']);
  });

  it('refuses control characters and a Khmer post without Khmer in its title', () => {
    expect(checkPostTexts({ language: 'vi', title: 'Tin', summary: '', body: 'a\u0007b' })).toHaveLength(1);
    expect(checkPostTexts({ language: 'km', title: 'Tin', summary: '', body: 'ខ្មែរ' })[0]?.path).toBe(
      '/body/title',
    );
    expect(checkPostTexts({ language: 'km', title: 'ខ្មែរ', summary: '', body: 'ខ្មែរ\nabc' })).toEqual([]);
  });
});
