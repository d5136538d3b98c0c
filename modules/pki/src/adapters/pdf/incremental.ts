import { localDateOf, localTimeOf } from '@openprovince/platform/time';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import { buildAppearanceStream, type SignatureAppearance } from './appearance.ts';
import {
  appendIncrementalUpdate,
  PdfStructureError,
  previousRevision,
  serialize,
  type UpdateObject,
} from './xref.ts';

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
  // The province's offset is whole minutes: the seconds are the same in UTC.
  const seconds = String(date.getUTCSeconds()).padStart(2, '0');
  return `D:${localDateOf(date).replace(/-/g, '')}${localTimeOf(date).replace(':', '')}${seconds}+07'00'`;
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
  const previous = previousRevision(input);
  const doc = await PDFDocument.load(input, { updateMetadata: false, ignoreEncryption: false });
  const context = doc.context;
  // New objects are numbered from the previous trailer's /Size: pdf-lib's own count leaves out the object
  // and cross-reference streams, and reusing their numbers makes the base file unreadable.
  context.largestObjectNumber = Math.max(context.largestObjectNumber, previous.size - 1);
  const originalMax = context.largestObjectNumber;
  const modified = new Set<PDFRef>();
  const catalogRef = context.trailerInfo.Root as PDFRef;
  if (catalogRef !== previous.root)
    throw new PdfStructureError('The catalog pdf-lib read is not the one the trailer names');
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
  const toWrite = new Map<number, UpdateObject>();
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    if (ref !== sigRef && (ref.objectNumber > originalMax || modified.has(ref)))
      toWrite.set(ref.objectNumber, { ref, body: serialize(obj) });
  }
  for (const ref of modified) {
    if (!toWrite.has(ref.objectNumber))
      toWrite.set(ref.objectNumber, { ref, body: serialize(context.lookup(ref)!) });
  }
  // The signature dictionary, written by hand so the /ByteRange and /Contents offsets are known.
  const head =
    `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached\n` +
    `/M (${pdfDate(options.signingTime)})\n` +
    (options.name ? `/Name ${pdfText(options.name)}\n` : '') +
    (options.reason ? `/Reason ${pdfText(options.reason)}\n` : '') +
    (options.location ? `/Location ${pdfText(options.location)}\n` : '') +
    (options.contactInfo ? `/ContactInfo ${pdfText(options.contactInfo)}\n` : '') +
    '/Prop_Build << /App << /Name /OpenProvince >> >>\n/ByteRange ';
  const byteRangeAt = head.length;
  const beforeContents = `${head}[${' '.repeat(BYTE_RANGE_WIDTH - 2)}]\n/Contents `;
  const contentsAt = beforeContents.length;
  const sigBody = `${beforeContents}<${'0'.repeat(contentsSize * 2)}>\n>>`;
  toWrite.set(sigRef.objectNumber, { ref: sigRef, body: latin1(sigBody) });

  const { pdf: out, bodyOffsets } = appendIncrementalUpdate({
    pdf: input,
    previous,
    objects: [...toWrite.values()],
  });
  const sigAt = bodyOffsets.get(sigRef.objectNumber)!;
  const b = sigAt + contentsAt;
  const c = b + contentsSize * 2 + 2;
  const byteRange: [number, number, number, number] = [0, b, c, out.length - c];
  const text = `[${byteRange.join(' ')}`;
  if (text.length > BYTE_RANGE_WIDTH - 1) throw new Error('ByteRange does not fit');
  out.set(latin1(`${text.padEnd(BYTE_RANGE_WIDTH - 1, ' ')}]`), sigAt + byteRangeAt);
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
