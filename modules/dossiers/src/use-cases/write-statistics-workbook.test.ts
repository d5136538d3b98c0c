import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { systemActor } from '@openprovince/platform';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeStatisticsWorkbook } from './write-statistics-workbook.ts';

const sheets = [
  {
    name: 'Theo cơ quan',
    rows: [
      ['Cơ quan', 'Số hồ sơ tiếp nhận', 'Tỷ lệ đúng hạn'],
      ['Sở Thông tin và Truyền thông', 1234, 97.5],
      ['UBND phường Trà Vinh', 56, null],
    ],
  },
  {
    name: 'Theo xã, phường: tên/dài quá ba mươi mốt ký tự',
    rows: [
      ['Xã, phường', 'Số hồ sơ'],
      ['Phường 1', 7],
    ],
  },
];
const official = (permissions: string[]) => ({
  actor: {
    kind: 'official' as const,
    userId: '00000000-0000-4000-8000-000000000001',
    username: 'lanhdao',
    fullName: 'Lãnh đạo',
    agencyId: '00000000-0000-4000-8000-000000000002',
    roles: ['leader'],
    permissions: new Set(permissions),
  },
  requestId: 'workbook-test',
});

describe('the dashboard workbook (exceljs through @openprovince/registers)', () => {
  it('opens with exceljs: one sheet per table, numbers as numbers, names Excel accepts', async () => {
    const bytes = await writeStatisticsWorkbook(
      { actor: systemActor('test'), requestId: 't' },
      { fileName: 'thong-ke-ho-so-2021.xlsx', sheets },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(Readable.from(bytes));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo cơ quan', 'Theo xã, phường  tên dài quá ba']);
    const agencies = wb.worksheets[0]!;
    expect(agencies.getRow(1).values).toEqual([undefined, 'Cơ quan', 'Số hồ sơ tiếp nhận', 'Tỷ lệ đúng hạn']);
    expect(agencies.getCell('A2').value).toBe('Sở Thông tin và Truyền thông');
    expect(agencies.getCell('B2').value).toBe(1234);
    expect(agencies.getCell('B2').numFmt).toBe('#,##0');
    expect(agencies.getCell('C2').value).toBe(97.5);
    expect(agencies.getCell('C3').value).toBeNull();
    expect(wb.worksheets[1]!.getCell('B2').value).toBe(7);
  });

  // LibreOffice Calc (not only Writer, which the PDF checks use) is needed to open a workbook.
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  const calc = existsSync('/usr/lib/libreoffice/program/libsclo.so');
  it.skipIf(!soffice || !calc)(
    'LibreOffice Calc reads it (when installed)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'op-workbook-'));
      try {
        const bytes = await writeStatisticsWorkbook(
          { actor: systemActor('test'), requestId: 't' },
          { fileName: 'thong-ke.xlsx', sheets },
        );
        writeFileSync(join(dir, 'thong-ke.xlsx'), bytes);
        // Its own profile directory: a LibreOffice already running for someone else does not take the job.
        execFileSync(
          soffice!,
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'csv',
            '--outdir',
            dir,
            join(dir, 'thong-ke.xlsx'),
          ],
          { stdio: 'ignore', timeout: 120_000 },
        );
        const csv = readFileSync(join(dir, 'thong-ke.csv'), 'utf8');
        expect(csv.split(/\r?\n/)[0]).toBe('Cơ quan,Số hồ sơ tiếp nhận,Tỷ lệ đúng hạn');
        expect(csv).toContain('Sở Thông tin và Truyền thông');
        expect(csv).toMatch(/1,?234/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );

  it('keeps the file valid whatever the names and cells: control characters dropped, names unique', async () => {
    const bytes = await writeStatisticsWorkbook(
      { actor: systemActor('test'), requestId: 't' },
      {
        fileName: 'x.xlsx',
        sheets: [
          { name: 'Bảng', rows: [['A\u0000'], ['x\u0007y']] },
          { name: 'bảng', rows: [['B']] },
          { name: '???', rows: [['C']] },
        ],
      },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(Readable.from(bytes));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Bảng', 'bảng (2)', 'Sheet3']);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('A');
    expect(wb.worksheets[0]!.getCell('A2').value).toBe('xy');
  });

  it('is refused to an official without the dashboard’s permission', async () => {
    await expect(
      writeStatisticsWorkbook(official(['dossiers:read']), { fileName: 'x.xlsx', sheets }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      writeStatisticsWorkbook(official(['dossiers:stats']), { fileName: 'x.xlsx', sheets }),
    ).resolves.toBeInstanceOf(Buffer);
  });
});
