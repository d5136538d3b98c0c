import { PDFDocument } from 'pdf-lib';
import { loadFont } from '../adapters/pdf/appearance.ts';

/**
 * A one-page A4 administrative document with Vietnamese text (the benchmark's and tests' input): a classic
 * cross-reference table by default, or object streams and a cross-reference stream (pdf-lib's default, as
 * the documents module's templates are saved).
 */
export async function samplePdf(
  title = 'Quyết định số 123/QĐ-STTTT',
  options: { objectStreams?: boolean } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await loadFont(doc);
  const page = doc.addPage([595, 842]);
  page.drawText('ỦY BAN NHÂN DÂN TỈNH TRÀ VINH', { x: 40, y: 790, size: 12, font });
  page.drawText('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', { x: 40, y: 774, size: 12, font });
  page.drawText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { x: 320, y: 790, size: 11, font });
  page.drawText('Độc lập - Tự do - Hạnh phúc', { x: 350, y: 774, size: 11, font });
  page.drawText(title, { x: 40, y: 720, size: 14, font });
  page.drawText('Về việc cấp chứng thư số chuyên dùng cho cán bộ, công chức.', {
    x: 40,
    y: 700,
    size: 12,
    font,
  });
  page.drawText('Nơi nhận: Như trên; Lưu: VT.', { x: 40, y: 200, size: 10, font });
  doc.setProducer('OpenProvince');
  return doc.save({ useObjectStreams: options.objectStreams ?? false });
}
