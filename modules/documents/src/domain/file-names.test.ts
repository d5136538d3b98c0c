import { describe, expect, it } from 'vitest';
import {
  asciiFileName,
  contentDisposition,
  numberSymbolFileName,
  outgoingFileName,
  registerFileName,
} from './file-names.ts';

describe('download file names (issue 9)', () => {
  it('an issued document is named by its number and symbol, a draft stays a draft', () => {
    expect(outgoingFileName({ numberSymbol: '01/KH-STTTT', fileName: 'du-thao.pdf' })).toBe(
      '01-KH-STTTT.pdf',
    );
    expect(outgoingFileName({ numberSymbol: null, fileName: null })).toBe('du-thao.pdf');
    expect(outgoingFileName({ numberSymbol: null, fileName: 'Kế hoạch.pdf' })).toBe('Kế hoạch.pdf');
    expect(numberSymbolFileName('01/SY-STTTT', 'ban-sao-')).toBe('ban-sao-01-SY-STTTT.pdf');
    expect(numberSymbolFileName('15/2026/QĐ-UBND')).toBe('15-2026-QĐ-UBND.pdf');
  });

  it('goes out as an ASCII filename and the Vietnamese name as RFC 5987 filename*', () => {
    expect(contentDisposition('123-QĐ-UBND.pdf')).toBe(
      `attachment; filename="123-QD-UBND.pdf"; filename*=UTF-8''123-Q%C4%90-UBND.pdf`,
    );
    expect(contentDisposition(registerFileName({ direction: 'outgoing', year: 2026 }), 'inline')).toBe(
      `inline; filename="So-dang-ky-van-ban-di-2026.pdf"; filename*=UTF-8''S%E1%BB%95%20%C4%91%C4%83ng%20k%C3%BD%20v%C4%83n%20b%E1%BA%A3n%20%C4%91i%202026.pdf`,
    );
    // Quotes, apostrophes and parentheses never break the header.
    expect(contentDisposition(`Công văn "khẩn" (bản 1)'.pdf`)).toBe(
      `attachment; filename="Cong-van-khan-ban-1.pdf"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20%22kh%E1%BA%A9n%22%20%28b%E1%BA%A3n%201%29%27.pdf`,
    );
    expect(asciiFileName('Đơn đề nghị cấp phép.pdf')).toBe('Don-de-nghi-cap-phep.pdf');
  });
});
