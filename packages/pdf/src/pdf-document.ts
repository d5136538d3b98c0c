import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';

/**
 * PDF building blocks with Vietnamese text. The DejaVu Sans TTFs are vendored from Debian
 * (fonts-dejavu-core 2.37; Bitstream Vera licence, see assets/fonts/LICENSE-DejaVu.txt) because pdf-lib's
 * subsetting loses glyphs of the current Google Noto Sans build, while these subset correctly.
 */
const FONT_DIR = new URL('../assets/fonts/', import.meta.url);
let fontCache: { regular: Uint8Array; bold: Uint8Array } | undefined;

export function vietnameseFontBytes(): { regular: Uint8Array; bold: Uint8Array } {
  fontCache ??= {
    regular: readFileSync(new URL('DejaVuSans.ttf', FONT_DIR)),
    bold: readFileSync(new URL('DejaVuSans-Bold.ttf', FONT_DIR)),
  };
  return fontCache;
}

export interface VietnamesePdf {
  doc: PDFDocument;
  regular: PDFFont;
  bold: PDFFont;
}

/** A new A4 document with the Vietnamese fonts embedded (subset) and its metadata set. */
export async function createVietnamesePdf(meta: {
  title: string;
  author?: string;
  subject?: string;
}): Promise<VietnamesePdf> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = vietnameseFontBytes();
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author ?? 'OpenProvince');
  if (meta.subject) doc.setSubject(meta.subject);
  doc.setProducer('OpenProvince');
  doc.setLanguage('vi-VN');
  return { doc, regular, bold };
}

export const A4: [number, number] = [595.28, 841.89];

/** Splits text into lines that fit `width` at `size`, breaking at spaces (Vietnamese words are short). */
export function wrapText(input: { text: string; font: PDFFont; size: number; width: number }): string[] {
  const lines: string[] = [];
  for (const paragraph of input.text.normalize('NFC').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (input.font.widthOfTextAtSize(candidate, input.size) <= input.width || !line) {
        line = candidate;
      } else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Draws wrapped text from (x, y) downwards; returns the y below the last line. */
export function drawParagraph(
  page: PDFPage,
  input: {
    text: string;
    x: number;
    y: number;
    width: number;
    font: PDFFont;
    size?: number;
    lineGap?: number;
    align?: 'left' | 'center';
  },
): number {
  const size = input.size ?? 11;
  const leading = size * (1.25 + (input.lineGap ?? 0));
  let y = input.y;
  for (const line of wrapText({ text: input.text, font: input.font, size, width: input.width })) {
    const x =
      input.align === 'center'
        ? input.x + (input.width - input.font.widthOfTextAtSize(line, size)) / 2
        : input.x;
    page.drawText(line, { x, y: y - size, size, font: input.font, color: rgb(0, 0, 0) });
    y -= leading;
  }
  return y;
}

/** A QR code as PNG bytes (for appointment slips and document look-up links). */
export function qrPng(text: string, size = 256): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', width: size, margin: 1, errorCorrectionLevel: 'M' });
}

/**
 * The national motto block that heads every administrative document (Decree 30/2020, Appendix I):
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" on the right, the issuing agency on the left.
 */
export function drawDocumentHeader(
  page: PDFPage,
  input: {
    pdf: VietnamesePdf;
    agencyLine1: string;
    agencyLine2?: string;
    placeAndDate: string;
    top?: number;
  },
): number {
  const { regular, bold } = input.pdf;
  const top = input.top ?? A4[1] - 50;
  const leftW = 220;
  const rightX = 260;
  const rightW = A4[0] - rightX - 40;
  let yl = drawParagraph(page, {
    text: input.agencyLine1.toUpperCase(),
    x: 40,
    y: top,
    width: leftW,
    font: regular,
    size: 11,
    align: 'center',
  });
  if (input.agencyLine2) {
    yl = drawParagraph(page, {
      text: input.agencyLine2.toUpperCase(),
      x: 40,
      y: yl,
      width: leftW,
      font: bold,
      size: 11,
      align: 'center',
    });
  }
  let yr = drawParagraph(page, {
    text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    x: rightX,
    y: top,
    width: rightW,
    font: bold,
    size: 11,
    align: 'center',
  });
  yr = drawParagraph(page, {
    text: 'Độc lập - Tự do - Hạnh phúc',
    x: rightX,
    y: yr,
    width: rightW,
    font: bold,
    size: 12,
    align: 'center',
  });
  yr = drawParagraph(page, {
    text: input.placeAndDate,
    x: rightX,
    y: yr - 6,
    width: rightW,
    font: regular,
    size: 11,
    align: 'center',
  });
  return Math.min(yl, yr) - 16;
}
