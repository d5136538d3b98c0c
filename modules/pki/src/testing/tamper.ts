import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { findSignatures } from '../verify/pdf-structure.ts';

/** Flips one byte of the document text inside the first signed range (an edit the hash must catch). */
export function flipByteInSignedRange(pdf: Uint8Array): Uint8Array {
  const out = new Uint8Array(pdf);
  const at = Buffer.from(out).indexOf('OpenProvince');
  if (at < 0) throw new Error('marker not found');
  out[at] = 'o'.charCodeAt(0);
  return out;
}

/** Rewrites the first signature's ByteRange (same width) so its gap no longer is /Contents. */
export function shiftByteRange(pdf: Uint8Array): Uint8Array {
  const sig = findSignatures(pdf)[0]!;
  const text = Buffer.from(pdf).toString('latin1');
  const [a, b, c, d] = sig.byteRange as [number, number, number, number];
  const old = /\/ByteRange\s*\[[-\d\s]+\]/.exec(text)!;
  const replacement = `/ByteRange [${a} ${b + 10} ${c} ${d}`;
  const padded = `${replacement.padEnd(old[0].length - 1, ' ')}]`;
  const out = Buffer.from(pdf);
  out.write(padded, old.index, 'latin1');
  return new Uint8Array(out);
}

/** Replaces the signature value with zeros (universal signature forgery, empty /Contents). */
export function emptyContents(pdf: Uint8Array): Uint8Array {
  const sig = findSignatures(pdf)[0]!;
  const out = Buffer.from(pdf);
  out.fill('0', sig.byteRange[1]! + 1, sig.byteRange[2]! - 1);
  return new Uint8Array(out);
}

/**
 * Appends an incremental update that draws new visible text on the first page (the incremental-saving
 * attack): every object is redefined in the update, the signed bytes are untouched.
 */
export async function appendVisibleContent(
  pdf: Uint8Array,
  text = 'ĐÃ SỬA SAU KHI KÝ'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.getPage(0).drawText(text.replace(/Đ/g, 'D'), { x: 40, y: 600, size: 24, font, color: rgb(1, 0, 0) });
  await doc.flush();
  const parts: Buffer[] = [Buffer.from('\n', 'latin1')];
  let position = pdf.length + 1;
  const offsets: [number, number][] = [];
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    const head = Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1');
    const body = new Uint8Array(obj.sizeInBytes());
    obj.copyBytesInto(body, 0);
    const tail = Buffer.from('\nendobj\n', 'latin1');
    offsets.push([ref.objectNumber, position]);
    parts.push(head, Buffer.from(body), tail);
    position += head.length + body.length + tail.length;
  }
  const prev = [
    ...Buffer.from(pdf)
      .toString('latin1')
      .matchAll(/startxref\s+(\d+)/g),
  ].at(-1)![1];
  let xref = 'xref\n0 1\n0000000000 65535 f \n';
  for (const [num, off] of offsets.sort((x, y) => x[0] - y[0]))
    xref += `${num} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${doc.context.largestObjectNumber + 1} /Root ${String(doc.context.trailerInfo.Root)} /Prev ${prev} >>\nstartxref\n${position}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), ...parts]));
}
