import { describe, expect, it } from 'vitest';
import { answerText, declarationOf } from './declaration.ts';

const procedure = {
  components: [
    {
      key: 'to-khai',
      name: 'Tờ khai đề nghị cấp phép',
      required: true,
      fields: [
        { key: 'hoTen', title: 'Họ, chữ đệm và tên', type: 'string' as const },
        { key: 'soDinhDanh', title: 'Số định danh cá nhân', type: 'string' as const },
        { key: 'ngaySinh', title: 'Ngày, tháng, năm sinh', type: 'string' as const, format: 'date' as const },
        { key: 'soLuong', title: 'Số lượng', type: 'integer' as const },
      ],
    },
    { key: 'giay-to-kem-theo', name: 'Phương án kinh doanh', required: true },
  ],
};

describe('the applicant’s declaration as officials read it', () => {
  it('lists the e-form’s answers under their titles, in the form’s order, dates as dd/mm/yyyy', () => {
    const sections = declarationOf(procedure, {
      'to-khai': {
        ngaySinh: '1990-02-05',
        soDinhDanh: '084190000001',
        hoTen: 'Nguyễn Văn An',
        soLuong: 1200,
      },
    });
    expect(sections).toEqual([
      {
        componentKey: 'to-khai',
        componentName: 'Tờ khai đề nghị cấp phép',
        fields: [
          { key: 'hoTen', label: 'Họ, chữ đệm và tên', value: 'Nguyễn Văn An' },
          { key: 'soDinhDanh', label: 'Số định danh cá nhân', value: '084190000001' },
          { key: 'ngaySinh', label: 'Ngày, tháng, năm sinh', value: '05/02/1990' },
          { key: 'soLuong', label: 'Số lượng', value: '1.200' },
        ],
      },
    ]);
  });

  it('keeps answers the form does not name (older forms) under their keys, and skips empty ones', () => {
    const sections = declarationOf(procedure, {
      'to-khai': { hoTen: 'An', ghiChu: 'Cũ', soDinhDanh: '' },
      purpose: 'in ấn',
      daKy: true,
    });
    expect(sections.map((s) => s.fields.map((f) => `${f.label}=${f.value}`))).toEqual([
      ['Họ, chữ đệm và tên=An', 'ghiChu=Cũ'],
      ['purpose=in ấn', 'daKy=Có'],
    ]);
    expect(sections[1]!.componentKey).toBeNull();
  });

  it('formats values in Vietnamese', () => {
    expect(answerText(false)).toBe('Không');
    expect(answerText(1234.5)).toBe('1.234,50');
    expect(answerText('2021-03-01', 'none')).toBe('2021-03-01');
    expect(answerText(['a', 'b'])).toBe('a; b');
  });
});
