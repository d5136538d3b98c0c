import { describe, expect, it } from 'vitest';
import { containsPattern, searchTextOf } from './search.ts';

describe('register search keys', () => {
  it('folds diacritics and case, NFC or NFD alike', () => {
    expect(searchTextOf('Trạm BTS Phường 1', null, 'VNPT-TVH-001')).toBe('tram bts phuong 1 vnpt-tvh-001');
    expect(searchTextOf('Đăng ký'.normalize('NFD'))).toBe(searchTextOf('Đăng ký'));
  });
  it('takes the user’s % and _ literally', () => {
    expect(containsPattern('100%_Đạt')).toBe('%100\\%\\_dat%');
  });
});
