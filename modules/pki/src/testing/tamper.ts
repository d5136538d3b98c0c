import { PDFArray, PDFDocument, PDFName, PDFRef, rgb, StandardFonts } from 'pdf-lib';
import { appendIncrementalUpdate, PdfSource, previousRevision, serialize } from '../adapters/pdf/xref.ts';
import { findSignatures } from '../domain/verify/pdf-structure.ts';

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
 * Appends a well-formed incremental update with what `change` does to the document: the objects whose
 * bytes changed and the new ones (numbered from the trailer's /Size), in the previous revision's
 * cross-reference form. Nothing signed is touched; only what a reader shows changes.
 */
export async function appendUpdate(
  pdf: Uint8Array,
  change: (doc: PDFDocument) => Promise<void> | void,
): Promise<Uint8Array> {
  const previous = previousRevision(pdf);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.context.largestObjectNumber = Math.max(doc.context.largestObjectNumber, previous.size - 1);
  const before = new Map(
    doc.context.enumerateIndirectObjects().map(([ref, obj]) => [ref, Buffer.from(serialize(obj))]),
  );
  await change(doc);
  await doc.flush();
  const objects = doc.context
    .enumerateIndirectObjects()
    .map(([ref, obj]) => ({ ref, body: serialize(obj) }))
    .filter(({ ref, body }) => !before.get(ref)?.equals(Buffer.from(body)));
  return appendIncrementalUpdate({ pdf, previous, objects }).pdf;
}

/** Draws new visible text on the first page in an update after signing (the incremental-saving attack). */
export function appendVisibleContent(pdf: Uint8Array, text = 'DA SUA SAU KHI KY'): Promise<Uint8Array> {
  return appendUpdate(pdf, async (doc) => {
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.getPage(0).drawText(text, { x: 40, y: 600, size: 24, font, color: rgb(1, 0, 0) });
  });
}

/**
 * Redefines the first page's content stream (an object that has no /Type, like the certificates of a DSS)
 * in an update after signing: what the page shows changes while every signed byte stays.
 */
export async function redefineContentStream(pdf: Uint8Array): Promise<Uint8Array> {
  const previous = previousRevision(pdf);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const contents = doc.getPage(0).node.get(PDFName.of('Contents'));
  const ref = contents instanceof PDFArray ? contents.get(0) : contents;
  if (!(ref instanceof PDFRef)) throw new Error('the page has no indirect content stream');
  const stream = doc.context.flateStream('BT /F1 24 Tf 40 600 Td (DA SUA) Tj ET');
  return appendIncrementalUpdate({ pdf, previous, objects: [{ ref, body: serialize(stream) }] }).pdf;
}

/**
 * The defect of issue 9: an update that gives a new object the number of the base file's object stream
 * (pdf-lib's largestObjectNumber leaves it out), so every object stored in that stream stops resolving.
 */
export function reuseObjectStreamNumber(pdf: Uint8Array): Uint8Array {
  const revision = new PdfSource(pdf).revision();
  const entry = [...revision.entries.values()].find((e) => e.type === 'compressed');
  if (entry?.type !== 'compressed') throw new Error('the file has no object stream');
  const previous = previousRevision(pdf);
  const body = Buffer.from('<< /Producer (a colliding object) >>', 'latin1');
  return appendIncrementalUpdate({
    pdf,
    previous: { ...previous, kind: 'table' },
    objects: [{ ref: PDFRef.of(entry.stream), body }],
  }).pdf;
}

/** Points the classic cross-reference entry of object `number` one byte past its object (same length). */
export function misplaceXrefEntry(pdf: Uint8Array, number: number): Uint8Array {
  const revision = new PdfSource(pdf).revision();
  const section = revision.sections.find(
    (s) => s.kind === 'table' && s.entries.get(number)?.type === 'offset',
  );
  const entry = section?.entries.get(number);
  if (!section || entry?.type !== 'offset') throw new Error(`object ${number} is in no classic table`);
  const text = Buffer.from(pdf).toString('latin1');
  const line = `${String(entry.offset).padStart(10, '0')} ${String(entry.generation).padStart(5, '0')} n`;
  const at = text.indexOf(line, section.offset);
  if (at < 0) throw new Error('entry not found');
  const out = Buffer.from(pdf);
  out.write(String(entry.offset + 1).padStart(10, '0'), at, 'latin1');
  return new Uint8Array(out);
}

/**
 * Changes one character of signature `index`'s /M date: inside that signature's own revision and signed
 * range, after every earlier signature's range.
 */
export function breakSignatureRevision(pdf: Uint8Array, index: number): Uint8Array {
  const sig = findSignatures(pdf)[index]!;
  const text = Buffer.from(pdf).toString('latin1');
  const at = text.lastIndexOf('/M (D:', sig.byteRange[1]!);
  if (at < 0) throw new Error('/M not found');
  const out = Buffer.from(pdf);
  const digit = at + '/M (D:'.length + 3;
  out[digit] = out[digit] === 0x39 ? 0x38 : out[digit]! + 1;
  return new Uint8Array(out);
}

/** Appends an update whose startxref points nowhere: a latest revision no reader can open. */
export function appendBrokenUpdate(pdf: Uint8Array): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from('\nstartxref\n999999999\n%%EOF\n')]));
}
