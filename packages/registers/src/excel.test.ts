import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importProblem, readSheet, type SheetColumn, sheet, writeWorkbook } from './excel.ts';

interface Subscribers {
  operator: string;
  period: string;
  mobile: number;
  revenue: number | null;
  estimate: boolean;
}

const columns: SheetColumn<Subscribers>[] = [
  {
    key: 'operator',
    header: 'Doanh nghiệp',
    headerEn: 'Operator',
    type: 'text',
    required: true,
    values: ['VNPT', 'Viettel', 'MobiFone'],
  },
  { key: 'period', header: 'Kỳ báo cáo', headerEn: 'Period', type: 'date', required: true },
  {
    key: 'mobile',
    header: 'Thuê bao di động',
    headerEn: 'Mobile subscribers',
    type: 'integer',
    required: true,
    min: 0,
  },
  { key: 'revenue', header: 'Doanh thu (triệu đồng)', headerEn: 'Revenue', type: 'number' },
  { key: 'estimate', header: 'Ước tính', headerEn: 'Estimate', type: 'boolean' },
];

async function workbookOf(rows: unknown[][], headers = columns.map((c) => c.header)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('Excel through exceljs', () => {
  it('reads back what it wrote: Vietnamese text, whole numbers, decimals, dates without a day shift', async () => {
    const rows: Subscribers[] = [
      { operator: 'Viettel', period: '2021-12-31', mobile: 612_345, revenue: 1234.56, estimate: false },
      { operator: 'VNPT', period: '2021-01-01', mobile: 0, revenue: null, estimate: true },
    ];
    const file = await writeWorkbook([sheet({ name: 'Thuê bao', columns, rows })]);
    const read = await readSheet(file, { columns });
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => r.value)).toEqual(rows);
    expect(read.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('accepts English or accent-free headers in any order, 1.234,56 numbers and dd/mm/yyyy dates', async () => {
    const file = await workbookOf(
      [['31/12/2021', 'mobifone', '1.234', '2.725.193,5', 'Có']],
      ['Period', 'doanh nghiep', 'THUE BAO DI DONG', 'Revenue', 'uoc tinh'],
    );
    const read = await readSheet(file, { columns });
    expect(read.errors).toEqual([]);
    expect(read.rows[0]?.value).toEqual({
      operator: 'MobiFone',
      period: '2021-12-31',
      mobile: 1234,
      revenue: 2725193.5,
      estimate: true,
    });
  });

  it('names every wrong cell by row and column, in Vietnamese and English, and skips empty rows', async () => {
    const file = await workbookOf([
      ['Gtel', '30/02/2021', -5, 'nhiều', 'có lẽ'],
      [null, null, null, null, null],
      ['VNPT', '01/03/2021', 1.5, 3, ''],
      ['', '', 7, null, null],
    ]);
    const read = await readSheet(file, { columns });
    expect(read.errors).toEqual([
      {
        row: 2,
        column: 'Doanh nghiệp',
        message: 'phải là một trong: VNPT, Viettel, MobiFone',
        messageEn: 'must be one of: VNPT, Viettel, MobiFone',
      },
      {
        row: 2,
        column: 'Kỳ báo cáo',
        message: 'phải là ngày dd/mm/yyyy',
        messageEn: 'must be a date dd/mm/yyyy',
      },
      {
        row: 2,
        column: 'Thuê bao di động',
        message: 'không được nhỏ hơn 0',
        messageEn: 'must be at least 0',
      },
      { row: 2, column: 'Doanh thu (triệu đồng)', message: 'phải là số', messageEn: 'must be a number' },
      {
        row: 2,
        column: 'Ước tính',
        message: 'phải là Có hoặc Không',
        messageEn: 'must be Có (yes) or Không (no)',
      },
      {
        row: 4,
        column: 'Thuê bao di động',
        message: 'phải là số nguyên',
        messageEn: 'must be a whole number',
      },
      { row: 5, column: 'Doanh nghiệp', message: 'Bắt buộc nhập', messageEn: 'Required' },
      { row: 5, column: 'Kỳ báo cáo', message: 'Bắt buộc nhập', messageEn: 'Required' },
    ]);
    const problem = importProblem(read.errors);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.options.detail).toBe('Tệp có 8 lỗi; chưa dữ liệu nào được lưu');
    expect(problem.options.errors?.[0]?.path).toBe('/rows/2/Doanh nghiệp');
  });

  it('says so when a required column is missing or the file is not a workbook', async () => {
    const missing = await readSheet(await workbookOf([['VNPT']], ['Doanh nghiệp']), { columns });
    expect(missing.errors.map((e) => e.message)).toEqual([
      'Thiếu cột "Kỳ báo cáo"',
      'Thiếu cột "Thuê bao di động"',
    ]);
    const junk = await readSheet(Buffer.from('%PDF-1.7 not a workbook'), { columns });
    expect(junk.errors[0]?.messageEn).toBe('The file is not an Excel workbook (.xlsx)');
  });

  it('stops at the row limit with an error rather than reading without end', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ['VNPT', '01/01/2021', i, null, null]);
    const read = await readSheet(await workbookOf(rows), { columns, maxRows: 3 });
    expect(read.rows).toHaveLength(3);
    expect(read.errors).toEqual([
      { row: 5, column: '', message: 'Quá 3 dòng', messageEn: 'More than 3 rows' },
    ]);
  });
});
