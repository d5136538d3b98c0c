import { describe, expect, it } from 'vitest';
import { communeMatches, foldText } from './commune-search.ts';

describe('commune search at the counter', () => {
  it('folds Vietnamese diacritics', () => {
    expect(foldText('Phường Long Đức')).toBe('phuong long duc');
    expect(foldText('Xã Hòa Thuận')).toBe('xa hoa thuan');
  });

  it('finds a commune by the beginnings of its words, with or without accents', () => {
    for (const typed of ['long duc', 'Long Đức', 'p long duc', 'LONG', '  long   d ']) {
      expect(communeMatches(typed, 'Phường Long Đức'), typed).toBe(true);
    }
    for (const typed of ['duc long', 'long duc x', 'hoa']) {
      expect(communeMatches(typed, 'Phường Long Đức'), typed).toBe(false);
    }
    expect(communeMatches('', 'Phường Long Đức')).toBe(true);
  });
});
