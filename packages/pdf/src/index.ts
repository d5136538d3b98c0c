export {
  A4,
  createVietnamesePdf,
  drawDocumentHeader,
  drawParagraph,
  qrPng,
  type VietnamesePdf,
  vietnameseFontBytes,
  wrapText,
} from './pdf-document.ts';
