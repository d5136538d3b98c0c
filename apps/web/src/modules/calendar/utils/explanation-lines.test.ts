import { describe, expect, it } from 'vitest';
import { explanationLines } from './explanation-lines.ts';

describe('deadline explanation lines', () => {
  it('puts each sentence of the API explanation on its own line', () => {
    const text =
      'Tiếp nhận: 16:40 thứ Sáu 05/02/2021. Thời hạn: 3 ngày làm việc (1.440 phút làm việc). Không tính các ngày nghỉ: 06/02–16/02/2021 (Tết Nguyên đán). Hạn trả kết quả: 16:40 thứ Tư 17/02/2021.';
    expect(explanationLines(text)).toEqual([
      'Tiếp nhận: 16:40 thứ Sáu 05/02/2021.',
      'Thời hạn: 3 ngày làm việc (1.440 phút làm việc).',
      'Không tính các ngày nghỉ: 06/02–16/02/2021 (Tết Nguyên đán).',
      'Hạn trả kết quả: 16:40 thứ Tư 17/02/2021.',
    ]);
  });
});
