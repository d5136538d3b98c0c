import { A4, createVietnamesePdf, drawDocumentHeader, drawParagraph } from '@openprovince/pdf';
import { formatDateTimeVi, formatDateVi } from '@openprovince/platform';
import { PDFDocument, PDFName, rgb } from 'pdf-lib';
import { URGENCY_LABELS, type Urgency } from '../../contracts/index.ts';
import { typeName } from '../../domain/number-symbol.ts';

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

/** The copy forms of Decree 30/2020 Art. 25 and the words printed in the copy block. */
export const COPY_FORM_TITLES = { SY: 'SAO Y', SL: 'SAO LỤC', TS: 'TRÍCH SAO' } as const;
export type CopyForm = keyof typeof COPY_FORM_TITLES;

/**
 * A copy (Decree 30/2020 Art. 25–27, Appendix I part III): the pages of the document copied, then,
 * under a full-width line, the copy block — the copying agency, the copy number "Số: 01/SY-STTTT",
 * place and date, the form in capitals (SAO Y / SAO LỤC / TRÍCH SAO), the recipients and "Lưu: VT." —
 * and what the original was. The copying agency's organisation signature is added by the signer after
 * this. The original's signature fields are not carried over: they sign the original's bytes, which a
 * copy no longer has; the copy block says who signed the original.
 */
export async function copyPdf(input: {
  source: Uint8Array;
  form: CopyForm;
  agencyName: string;
  parentName?: string;
  numberSymbol: string;
  place: string;
  at: Date;
  sourceNumberSymbol: string;
  sourceIssuer: string;
  sourceSigners: string[];
  excerpt?: string | null;
  recipients: string[];
}): Promise<Buffer> {
  const pdf = await createVietnamesePdf({
    title: `${COPY_FORM_TITLES[input.form]} ${input.sourceNumberSymbol}`,
    subject: input.numberSymbol,
  });
  const source = await PDFDocument.load(input.source, { ignoreEncryption: true, updateMetadata: false });
  const pages = await pdf.doc.copyPages(source, source.getPageIndices());
  for (const page of pages) {
    page.node.delete(PDFName.of('Annots'));
    pdf.doc.addPage(page);
  }
  const page = pdf.doc.addPage(A4);
  let y = A4[1] - 60;
  page.drawLine({ start: { x: 40, y }, end: { x: A4[0] - 40, y }, thickness: 0.8 });
  y -= 18;
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
    .format(input.at)
    .split('/');
  let yl = drawParagraph(page, {
    text: (input.parentName ?? input.agencyName).toUpperCase(),
    x: 40,
    y,
    width: 230,
    font: input.parentName ? pdf.regular : pdf.bold,
    size: 11,
    align: 'center',
  });
  if (input.parentName) {
    yl = drawParagraph(page, {
      text: input.agencyName.toUpperCase(),
      x: 40,
      y: yl,
      width: 230,
      font: pdf.bold,
      size: 11,
      align: 'center',
    });
  }
  yl = drawParagraph(page, {
    text: `Số: ${input.numberSymbol}`,
    x: 40,
    y: yl - 6,
    width: 230,
    font: pdf.regular,
    size: 11,
    align: 'center',
  });
  let yr = drawParagraph(page, {
    text: COPY_FORM_TITLES[input.form],
    x: 300,
    y,
    width: 255,
    font: pdf.bold,
    size: 13,
    align: 'center',
  });
  yr = drawParagraph(page, {
    text: `${input.place}, ngày ${date[0]} tháng ${date[1]} năm ${date[2]}`,
    x: 300,
    y: yr - 4,
    width: 255,
    font: pdf.regular,
    size: 11,
    align: 'center',
  });
  y = Math.min(yl, yr) - 20;
  const original = [
    `Bản chính: văn bản số ${input.sourceNumberSymbol} của ${input.sourceIssuer}`,
    ...(input.sourceSigners.length ? [`Đã ký số: ${input.sourceSigners.join('; ')}`] : []),
    ...(input.excerpt ? [`Phần trích sao: ${input.excerpt}`] : []),
  ].join('\n');
  y = drawParagraph(page, { text: original, x: 40, y, width: 515, font: pdf.regular, size: 10 });
  y = drawParagraph(page, { text: 'Nơi nhận:', x: 40, y: y - 16, width: 230, font: pdf.bold, size: 10 });
  drawParagraph(page, {
    text: [...input.recipients.map((r) => `- ${r};`), '- Lưu: VT.'].join('\n'),
    x: 40,
    y,
    width: 230,
    font: pdf.regular,
    size: 9,
  });
  return Buffer.from(await pdf.doc.save());
}
