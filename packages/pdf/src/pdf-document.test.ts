import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  A4,
  createVietnamesePdf,
  drawDocumentHeader,
  drawParagraph,
  qrPng,
  wrapText,
} from './pdf-document.ts';

const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdffonts');

describe('Vietnamese PDF', () => {
  it('wraps long text within the width', async () => {
    const { regular } = await createVietnamesePdf({ title: 't' });
    const lines = wrapText({
      text: 'Ủy ban nhân dân tỉnh Trà Vinh đề nghị các cơ quan, đơn vị triển khai thực hiện nghiêm túc',
      font: regular,
      size: 12,
      width: 200,
    });
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(regular.widthOfTextAtSize(l, 12)).toBeLessThanOrEqual(200);
  });

  it.runIf(hasPoppler || process.env.CI === 'true')(
    'embeds a subset of the font and keeps every Vietnamese letter (checked with pdffonts and pdftotext)',
    async () => {
      const pdf = await createVietnamesePdf({ title: 'Giấy tiếp nhận hồ sơ' });
      const page = pdf.doc.addPage(A4);
      const y = drawDocumentHeader(page, {
        pdf,
        agencyLine1: 'Ủy ban nhân dân tỉnh Trà Vinh',
        agencyLine2: 'Sở Thông tin và Truyền thông',
        placeAndDate: 'Trà Vinh, ngày 05 tháng 02 năm 2021',
      });
      const text =
        'Giấy tiếp nhận hồ sơ và hẹn trả kết quả: Nguyễn Thị Ánh Tuyết, ấp Đôn Châu, xã Đôn Xuân, huyện Trà Cú';
      drawParagraph(page, { text, x: 40, y, width: 500, font: pdf.regular, size: 12 });
      const qr = await pdf.doc.embedPng(
        await qrPng('https://dichvucong.travinh.gov.vn/tra-cuu?ma=000.00.31.H59-210205-0001'),
      );
      page.drawImage(qr, { x: 40, y: 100, width: 90, height: 90 });
      const bytes = await pdf.doc.save();
      const dir = mkdtempSync(join(tmpdir(), 'op-pdf-'));
      try {
        const file = join(dir, 'slip.pdf');
        writeFileSync(file, bytes);
        const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
        expect(fonts).toMatch(/DejaVuSans/);
        // embedded, with a Unicode map (pdf-lib's subset carries no ABCDEF+ tag, so pdffonts says sub=no;
        // the file size below shows only the used glyphs went in)
        expect(fonts).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+\w+\s+yes/);
        const extracted = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
          encoding: 'utf8',
        }).normalize('NFC');
        expect(extracted).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(extracted.replace(/\s+/g, ' ')).toContain('Nguyễn Thị Ánh Tuyết, ấp Đôn Châu');
        expect(bytes.length).toBeLessThan(120_000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
