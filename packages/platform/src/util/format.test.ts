import { describe, expect, it } from 'vitest';
import { formatDateTimeVi, formatDateVi, formatNumberVi } from './format.ts';

describe('Vietnamese formatting', () => {
  it('writes dates as dd/mm/yyyy in Asia/Ho_Chi_Minh even near midnight UTC', () => {
    // 17:30 UTC on 4 February is already 00:30 on 5 February in Vietnam.
    expect(formatDateVi(new Date('2021-02-04T17:30:00Z'))).toBe('05/02/2021');
    expect(formatDateTimeVi(new Date('2021-02-05T09:40:00Z'))).toBe('16:40 05/02/2021');
  });

  it('writes numbers with a dot for thousands and a comma for decimals', () => {
    expect(formatNumberVi(1234.56, 2)).toBe('1.234,56');
    expect(formatNumberVi(77510)).toBe('77.510');
  });
});
