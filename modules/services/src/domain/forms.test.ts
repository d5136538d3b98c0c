import { describe, expect, it } from 'vitest';
import type { TFormSchema } from '../contracts/index.ts';
import { checkFormDefinition, validateAnswers } from './forms.ts';

const form: TFormSchema = {
  type: 'object',
  properties: {
    hoTen: { type: 'string', title: 'Họ và tên', minLength: 2, maxLength: 20 },
    soDinhDanh: { type: 'string', title: 'Số định danh', pattern: '^[0-9]{12}$' },
    ngaySinh: { type: 'string', format: 'date', title: 'Ngày sinh' },
    quanHe: { type: 'string', title: 'Quan hệ', enum: ['Cha', 'Mẹ'] },
    soTang: { type: 'integer', title: 'Số tầng', minimum: 1, maximum: 5 },
    dienTich: { type: 'number', title: 'Diện tích', minimum: 0.5 },
    dongY: { type: 'boolean', title: 'Đồng ý' },
  },
  required: ['hoTen', 'soDinhDanh', 'quanHe'],
};
const paths = (errors: { path: string }[]) => errors.map((e) => e.path).sort();

describe('e-form validation (JSON-schema subset)', () => {
  it('accepts complete, well-formed answers, whatever the Unicode normalisation of the text', () => {
    const nfd = 'Nguyễn Văn Bình'.normalize('NFD');
    expect(
      validateAnswers(
        form,
        {
          hoTen: nfd,
          soDinhDanh: '084201000123',
          ngaySinh: '2000-02-29',
          quanHe: 'Mẹ'.normalize('NFD'),
          soTang: 3,
          dienTich: 0.5,
          dongY: true,
        },
        '/a',
      ),
    ).toEqual([]);
  });

  it('reports each missing required field; empty text counts as missing, optional fields may be absent', () => {
    expect(paths(validateAnswers(form, { hoTen: '  ', soDinhDanh: null }, '/a'))).toEqual([
      '/a/hoTen',
      '/a/quanHe',
      '/a/soDinhDanh',
    ]);
  });

  it('checks type, length, pattern, enum, date and bounds, with bilingual messages', () => {
    const errors = validateAnswers(
      form,
      {
        hoTen: 'A',
        soDinhDanh: '12345',
        ngaySinh: '2021-02-29',
        quanHe: 'Chú',
        soTang: 2.5,
        dienTich: '10',
        dongY: 'yes',
        thua: 'x',
      },
      '/answers/to-khai',
    );
    expect(paths(errors)).toEqual(
      ['dienTich', 'dongY', 'hoTen', 'ngaySinh', 'quanHe', 'soDinhDanh', 'soTang', 'thua'].map(
        (n) => `/answers/to-khai/${n}`,
      ),
    );
    // Vietnamese in `message`, English in `messageEn`: never both in one string.
    expect(errors.every((e) => e.message && e.messageEn && !e.message.includes(' / '))).toBe(true);
    expect(errors.find((e) => e.path.endsWith('/hoTen'))?.message).toMatch(/ký tự/);
    expect(
      paths(
        validateAnswers(form, { hoTen: 'Bình', soDinhDanh: '084201000123', quanHe: 'Cha', soTang: 6 }, '/a'),
      ),
    ).toEqual(['/a/soTang']);
  });

  it('counts characters, not UTF-16 units or bytes, for length limits', () => {
    const twenty = 'Đ'.repeat(20);
    expect(validateAnswers(form, { hoTen: twenty, soDinhDanh: '084201000123', quanHe: 'Cha' }, '/a')).toEqual(
      [],
    );
  });

  it('refuses a definition whose required names, bounds, patterns or types do not fit', () => {
    const bad: TFormSchema = {
      type: 'object',
      properties: {
        a: { type: 'number', title: 'A', format: 'date', minimum: 5, maximum: 1 },
        b: { type: 'integer', title: 'B', enum: ['x'] },
        c: { type: 'string', title: 'C', pattern: '([', minLength: 3, maxLength: 2 },
      },
      required: ['z'],
    };
    expect(paths(checkFormDefinition(bad, '/f'))).toEqual([
      '/f/properties/a/format',
      '/f/properties/a/minimum',
      '/f/properties/b/enum',
      '/f/properties/c/minLength',
      '/f/properties/c/pattern',
      '/f/required',
    ]);
    expect(checkFormDefinition(form, '/f')).toEqual([]);
  });
});
