import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, buildXlsx, columnName, crc32 } from './xlsx.ts';

describe('xlsx writer', () => {
  it('computes the ZIP CRC-32', () => {
    expect(crc32(new TextEncoder().encode('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('writes a ZIP package whose sheet holds Vietnamese text and numbers', () => {
    const bytes = buildXlsx('Hồ sơ 2021', [
      ['Cơ quan', 'Tiếp nhận', 'Tỷ lệ'],
      ['Sở Tư pháp <STP> & "Văn phòng"', 1234, 98.5],
      [null, 0, null],
    ]);
    expect(new DataView(bytes.buffer).getUint32(0, true)).toBe(0x04034b50);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('[Content_Types].xml');
    expect(text).toContain('<c r="B2"><v>1234</v></c>');
    expect(text).toContain('Sở Tư pháp &lt;STP&gt; &amp; &quot;Văn phòng&quot;');
    expect(text).toContain('<sheet name="Hồ sơ 2021"');
    // The archive is valid for a real unzip when one is installed (Debian CI images have it).
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    writeFileSync(join(dir, 'a.xlsx'), bytes);
    let listing = '';
    try {
      listing = execFileSync('unzip', ['-t', join(dir, 'a.xlsx')], { encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    expect(listing).toContain('No errors detected');
  });

  it("writes several sheets, each declared, related and named uniquely within Excel's limits", () => {
    const bytes = buildWorkbook([
      { name: 'Theo cơ quan', rows: [['Cơ quan'], ['Sở A']] },
      { name: 'Theo mức độ: 3/4', rows: [['Mức độ'], [4]] },
      { name: 'Theo cơ quan', rows: [['x']] },
    ]);
    const text = new TextDecoder().decode(bytes);
    for (const n of [1, 2, 3]) {
      expect(text).toContain(`PartName="/xl/worksheets/sheet${n}.xml"`);
      expect(text).toContain(`Target="worksheets/sheet${n}.xml"`);
    }
    expect(text).toContain('<sheet name="Theo mức độ  3 4" sheetId="2" r:id="rId2"/>');
    expect(text).toContain('<sheet name="Theo cơ quan (3)" sheetId="3" r:id="rId3"/>');
    expect(text).toContain('<c r="A2"><v>4</v></c>');
  });
});
