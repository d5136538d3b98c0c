import { A4, createVietnamesePdf, drawDocumentHeader, drawParagraph } from '@openprovince/pdf';
import { formatDateTimeVi, formatDateVi } from '@openprovince/platform';
import { PDFDocument, rgb } from 'pdf-lib';
import { URGENCY_LABELS, type Urgency } from '../contracts/index.ts';
import { typeName } from '../domain/number-symbol.ts';

/** Pages of a PDF, or undefined when the bytes are not a readable PDF. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number | undefined> {
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') return undefined;
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    return doc.getPageCount();
  } catch {
    return undefined;
  }
}

/**
 * A draft from the template of Decree 30/2020 Appendix I: agency, national motto, "Số: …/KH-UBND"
 * (the number is left blank: the clerk gives it at issue), type and summary, content, signature block,
 * recipients. Times New Roman is not vendored; DejaVu Sans carries every Vietnamese glyph.
 */
export async function draftPdf(input: {
  agencyName: string;
  parentName?: string;
  notation: string;
  place: string;
  kind: string;
  typeCode?: string | null;
  subject: string;
  content: string;
  urgency: Urgency | string;
  recipients: string[];
  signerTitle?: string;
}): Promise<Buffer> {
  const pdf = await createVietnamesePdf({ title: input.subject, subject: input.subject });
  const page = pdf.doc.addPage(A4);
  let y = drawDocumentHeader(page, {
    pdf,
    agencyLine1: input.parentName ?? input.agencyName,
    ...(input.parentName ? { agencyLine2: input.agencyName } : {}),
    placeAndDate: `${input.place}, ngày      tháng      năm 20   `,
  });
  page.drawText(`Số:        /${input.notation}`, { x: 70, y: A4[1] - 110, size: 11, font: pdf.regular });
  const mark = URGENCY_LABELS[input.urgency as Urgency];
  if (mark) {
    page.drawText(mark, { x: 70, y: A4[1] - 130, size: 12, font: pdf.bold, color: rgb(0.8, 0, 0) });
  }
  const title = typeName(input.typeCode ?? undefined);
  if (title && input.kind !== 'official_letter') {
    y = drawParagraph(page, {
      text: title.toUpperCase(),
      x: 70,
      y: y - 10,
      width: 455,
      font: pdf.bold,
      size: 14,
      align: 'center',
    });
    y = drawParagraph(page, {
      text: input.subject,
      x: 90,
      y,
      width: 415,
      font: pdf.bold,
      size: 12,
      align: 'center',
    });
  } else {
    y = drawParagraph(page, {
      text: `V/v ${input.subject}`,
      x: 40,
      y: y - 4,
      width: 220,
      font: pdf.regular,
      size: 11,
      align: 'center',
    });
  }
  y = drawParagraph(page, {
    text: input.content,
    x: 70,
    y: y - 16,
    width: 485,
    font: pdf.regular,
    size: 12,
    lineGap: 0.2,
  });
  drawParagraph(page, { text: 'Nơi nhận:', x: 70, y: y - 20, width: 200, font: pdf.bold, size: 10 });
  drawParagraph(page, {
    text: [...input.recipients.map((r) => `- ${r};`), '- Lưu: VT.'].join('\n'),
    x: 70,
    y: y - 34,
    width: 220,
    font: pdf.regular,
    size: 9,
  });
  drawParagraph(page, {
    text: input.signerTitle ?? 'THỦ TRƯỞNG CƠ QUAN',
    x: 320,
    y: y - 20,
    width: 230,
    font: pdf.bold,
    size: 11,
    align: 'center',
  });
  return Buffer.from(await pdf.doc.save());
}

export interface RegisterPrintRow {
  cells: string[];
}

/**
 * The register printed in the form of Decree 30/2020 Appendix IV (sổ đăng ký văn bản đi / đến), A4
 * landscape, a header row per page, so it can be bound as the paper register.
 */
export async function registerPdf(input: {
  agencyName: string;
  title: string;
  year: number;
  columns: { title: string; width: number }[];
  rows: RegisterPrintRow[];
  printedAt: Date;
}): Promise<Buffer> {
  const pdf = await createVietnamesePdf({ title: `${input.title} ${input.year}`, subject: input.agencyName });
  const size: [number, number] = [A4[1], A4[0]];
  const fontSize = 8;
  const margin = 30;
  const newPage = (first: boolean) => {
    const page = pdf.doc.addPage(size);
    let y = size[1] - margin;
    if (first) {
      y = drawParagraph(page, {
        text: input.agencyName.toUpperCase(),
        x: margin,
        y,
        width: 400,
        font: pdf.bold,
        size: 11,
      });
      y = drawParagraph(page, {
        text: `${input.title.toUpperCase()}\nNăm ${input.year}`,
        x: margin,
        y: y - 6,
        width: size[0] - 2 * margin,
        font: pdf.bold,
        size: 14,
        align: 'center',
      });
      y -= 8;
    }
    let x = margin;
    let bottom = y;
    for (const c of input.columns) {
      bottom = Math.min(
        bottom,
        drawParagraph(page, {
          text: c.title,
          x: x + 2,
          y,
          width: c.width - 4,
          font: pdf.bold,
          size: fontSize,
        }),
      );
      x += c.width;
    }
    page.drawLine({
      start: { x: margin, y: bottom },
      end: { x: size[0] - margin, y: bottom },
      thickness: 0.5,
    });
    return { page, y: bottom - 2 };
  };
  let { page, y } = newPage(true);
  for (const row of input.rows) {
    const needed =
      Math.max(
        ...row.cells.map((cell, i) =>
          Math.max(
            1,
            Math.ceil(pdf.regular.widthOfTextAtSize(cell, fontSize) / (input.columns[i]!.width - 6)) + 1,
          ),
        ),
      ) *
      fontSize *
      1.3;
    if (y - needed < margin + 20) ({ page, y } = newPage(false));
    let x = margin;
    let bottom = y;
    row.cells.forEach((cell, i) => {
      const w = input.columns[i]!.width;
      bottom = Math.min(
        bottom,
        drawParagraph(page, {
          text: cell || ' ',
          x: x + 2,
          y,
          width: w - 4,
          font: pdf.regular,
          size: fontSize,
        }),
      );
      x += w;
    });
    page.drawLine({
      start: { x: margin, y: bottom - 1 },
      end: { x: size[0] - margin, y: bottom - 1 },
      thickness: 0.2,
    });
    y = bottom - 3;
  }
  const pages = pdf.doc.getPages();
  pages.forEach((p, i) => {
    p.drawText(`Trang ${i + 1}/${pages.length} — in lúc ${formatDateTimeVi(input.printedAt)}`, {
      x: margin,
      y: 14,
      size: 7,
      font: pdf.regular,
    });
  });
  return Buffer.from(await pdf.doc.save());
}

export const fmtDate = (d: Date | null | undefined) => (d ? formatDateVi(d) : '');
