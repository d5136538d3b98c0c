import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { buildAppearanceStream, type SignatureAppearance } from './appearance.ts';

export interface SignatureFieldOptions {
  /** /Name: the signer as printed (the certificate is what counts). */
  name?: string;
  reason?: string;
  location?: string;
  contactInfo?: string;
  /** /M, the claimed signing time (the time-stamp is the proven one). */
  signingTime: Date;
  appearance?: SignatureAppearance;
  /** Bytes reserved for the CMS (the /Contents hex string is twice as long). */
  contentsSize?: number;
  fontPath?: string;
}

export interface PreparedSignature {
  pdf: Uint8Array;
  byteRange: [number, number, number, number];
  fieldName: string;
  contentsSize: number;
}

const BYTE_RANGE_WIDTH = 48;

function latin1(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}

function pdfText(text: string): string {
  return PDFHexString.fromText(text).toString();
}

/** D:YYYYMMDDHHmmSS+07'00' in Vietnam time (UTC+7 all year). */
export function pdfDate(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${local.getUTCFullYear()}${p(local.getUTCMonth() + 1)}${p(local.getUTCDate())}${p(local.getUTCHours())}${p(local.getUTCMinutes())}${p(local.getUTCSeconds())}+07'00'`;
}

export function serialize(obj: PDFObject): Uint8Array {
  const buffer = new Uint8Array(obj.sizeInBytes());
  obj.copyBytesInto(buffer, 0);
  return buffer;
}

export function lastStartXref(pdf: Uint8Array): number {
  const tail = Buffer.from(pdf.subarray(Math.max(0, pdf.length - 2048))).toString('latin1');
  const matches = [...tail.matchAll(/startxref\s+(\d+)/g)];
  const last = matches.at(-1);
  if (!last) throw new Error('startxref not found');
  return Number(last[1]);
}

/**
 * Appends a signature field, its widget (with the Decree 30 appearance), the signature dictionary with an
 * empty /Contents, and the updated page / AcroForm / catalog as an incremental update: the bytes of the
 * input, and so every earlier signature, are left untouched. Field names are unique (Signature1, 2, …),
 * unlike @signpdf/placeholder-plain, which reuses "Signature1" and replaces the page's /Annots.
 */
export async function prepareIncrementalSignature(
  input: Uint8Array,
  options: SignatureFieldOptions,
): Promise<PreparedSignature> {
  const doc = await PDFDocument.load(input, { updateMetadata: false, ignoreEncryption: false });
  const context = doc.context;
  const originalMax = context.largestObjectNumber;
  const modified = new Set<PDFRef>();
  const catalogRef = context.trailerInfo.Root as PDFRef;
  const catalog = context.lookup(catalogRef, PDFDict);

  const pageIndex = options.appearance?.pageIndex ?? doc.getPageCount() - 1;
  const page = doc.getPage(pageIndex);

  // AcroForm (indirect, inline or absent) and its field list.
  let acroForm: PDFDict;
  let acroFormOwner: PDFRef;
  const acroEntry = catalog.get(PDFName.of('AcroForm'));
  if (acroEntry instanceof PDFRef) {
    acroForm = context.lookup(acroEntry, PDFDict);
    acroFormOwner = acroEntry;
  } else if (acroEntry instanceof PDFDict) {
    acroForm = acroEntry;
    acroFormOwner = catalogRef;
  } else {
    acroForm = context.obj({ Fields: [] });
    const ref = context.register(acroForm);
    catalog.set(PDFName.of('AcroForm'), ref);
    modified.add(catalogRef);
    acroFormOwner = ref;
  }
  modified.add(acroFormOwner);
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(3));
  let fields: PDFArray;
  const fieldsEntry = acroForm.get(PDFName.of('Fields'));
  if (fieldsEntry instanceof PDFRef) {
    fields = context.lookup(fieldsEntry, PDFArray);
    modified.add(fieldsEntry);
  } else if (fieldsEntry instanceof PDFArray) {
    fields = fieldsEntry;
  } else {
    fields = context.obj([]);
    acroForm.set(PDFName.of('Fields'), fields);
  }
  const existingNames = new Set<string>();
  for (let i = 0; i < fields.size(); i++) {
    const field = context.lookupMaybe(fields.get(i), PDFDict);
    const t = field?.get(PDFName.of('T'));
    if (t instanceof PDFString || t instanceof PDFHexString) existingNames.add(t.decodeText());
  }
  let n = 1;
  while (existingNames.has(`Signature${n}`)) n++;
  const fieldName = `Signature${n}`;

  const sigRef = context.nextRef();
  const rect = options.appearance?.rect;
  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFString.of(fieldName),
    F: 132, // Print + Locked
    P: page.ref,
    Rect: rect ? [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height] : [0, 0, 0, 0],
    V: sigRef,
  });
  if (options.appearance) {
    const apRef = await buildAppearanceStream(doc, options.appearance, options.fontPath);
    widget.set(PDFName.of('AP'), context.obj({ N: apRef }));
  }
  const widgetRef = context.register(widget);
  fields.push(widgetRef);

  const annots = page.node.get(PDFName.of('Annots'));
  if (annots instanceof PDFRef) {
    context.lookup(annots, PDFArray).push(widgetRef);
    modified.add(annots);
  } else if (annots instanceof PDFArray) {
    annots.push(widgetRef);
    modified.add(page.ref);
  } else {
    page.node.set(PDFName.of('Annots'), context.obj([widgetRef]));
    modified.add(page.ref);
  }

  await doc.flush(); // embeds the font subset and images as new objects

  const contentsSize = options.contentsSize ?? 20_000;
  const parts: Uint8Array[] = [];
  const offsets = new Map<number, number>();
  let position = input.length;
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    position += bytes.length;
  };
  push(latin1('\n'));

  const toWrite = new Map<number, [PDFRef, PDFObject]>();
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    if (ref.objectNumber > originalMax || modified.has(ref)) toWrite.set(ref.objectNumber, [ref, obj]);
  }
  for (const ref of modified) {
    if (!toWrite.has(ref.objectNumber)) toWrite.set(ref.objectNumber, [ref, context.lookup(ref)!]);
  }
  let contentsOffset = -1;
  let byteRangeOffset = -1;
  for (const [num, [ref, obj]] of [...toWrite.entries()].sort((a, b) => a[0] - b[0])) {
    if (ref === sigRef) continue;
    offsets.set(num, position);
    push(latin1(`${num} ${ref.generationNumber} obj\n`));
    push(serialize(obj));
    push(latin1('\nendobj\n'));
  }
  // The signature dictionary, written by hand so the /ByteRange and /Contents offsets are known.
  offsets.set(sigRef.objectNumber, position);
  const head =
    `${sigRef.objectNumber} 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached\n` +
    `/M (${pdfDate(options.signingTime)})\n` +
    (options.name ? `/Name ${pdfText(options.name)}\n` : '') +
    (options.reason ? `/Reason ${pdfText(options.reason)}\n` : '') +
    (options.location ? `/Location ${pdfText(options.location)}\n` : '') +
    (options.contactInfo ? `/ContactInfo ${pdfText(options.contactInfo)}\n` : '') +
    '/Prop_Build << /App << /Name /OpenProvince >> >>\n/ByteRange ';
  push(latin1(head));
  byteRangeOffset = position;
  push(latin1(`[${' '.repeat(BYTE_RANGE_WIDTH - 2)}]`));
  push(latin1('\n/Contents '));
  contentsOffset = position;
  push(latin1(`<${'0'.repeat(contentsSize * 2)}>`));
  push(latin1('\n>>\nendobj\n'));

  const xrefOffset = position;
  let xref = 'xref\n0 1\n0000000000 65535 f \n';
  for (const [num, off] of [...offsets.entries()].sort((a, b) => a[0] - b[0])) {
    xref += `${num} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
  }
  const info = context.trailerInfo.Info;
  const id = context.trailerInfo.ID;
  xref +=
    `trailer\n<< /Size ${context.largestObjectNumber + 1} /Root ${catalogRef.toString()}` +
    (info ? ` /Info ${info.toString()}` : '') +
    (id ? ` /ID ${id.toString()}` : '') +
    ` /Prev ${lastStartXref(input)} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  push(latin1(xref));

  const out = new Uint8Array(position);
  out.set(input, 0);
  let at = input.length;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  const b = contentsOffset;
  const c = contentsOffset + contentsSize * 2 + 2;
  const byteRange: [number, number, number, number] = [0, b, c, out.length - c];
  const text = `[${byteRange.join(' ')}`;
  if (text.length > BYTE_RANGE_WIDTH - 1) throw new Error('ByteRange does not fit');
  out.set(latin1(`${text.padEnd(BYTE_RANGE_WIDTH - 1, ' ')}]`), byteRangeOffset);
  return { pdf: out, byteRange, fieldName, contentsSize };
}

/** The bytes a signature covers: everything except the /Contents hex string. */
export function signedBytes(pdf: Uint8Array, byteRange: readonly number[]): Uint8Array {
  const [a, b, c, d] = byteRange as [number, number, number, number];
  const out = new Uint8Array(b + d);
  out.set(pdf.subarray(a, a + b), 0);
  out.set(pdf.subarray(c, c + d), b);
  return out;
}

/** Writes the DER CMS into the reserved /Contents (hex, zero-padded). */
export function embedCms(prepared: PreparedSignature, cms: Uint8Array): Uint8Array {
  if (cms.length > prepared.contentsSize) {
    throw new Error(`Signature of ${cms.length} bytes exceeds the ${prepared.contentsSize} reserved`);
  }
  const out = new Uint8Array(prepared.pdf);
  out.set(latin1(Buffer.from(cms).toString('hex').toUpperCase()), prepared.byteRange[1] + 1);
  return out;
}
