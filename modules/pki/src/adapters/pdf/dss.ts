import { createHash } from 'node:crypto';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import {
  appendIncrementalUpdate,
  PdfStructureError,
  previousRevision,
  serialize,
  type UpdateObject,
} from './xref.ts';

/** Validation material for one signature (PAdES B-LT, ETSI EN 319 142-1 §5.4). DER everywhere. */
export interface DssEntry {
  /** The signature's /Contents hex string (as in the file, padding included): names its /VRI entry. */
  contentsHex: string;
  certs: ArrayBuffer[];
  crls: ArrayBuffer[];
  /** Complete OCSPResponse structures (RFC 6960), not bare BasicOCSPResponses. */
  ocsps: ArrayBuffer[];
}

export interface EmbeddedValidationData {
  certs: Uint8Array[];
  crls: Uint8Array[];
  ocsps: Uint8Array[];
}

const KEYS = [
  ['certs', 'Certs', 'Cert'],
  ['crls', 'CRLs', 'CRL'],
  ['ocsps', 'OCSPs', 'OCSP'],
] as const;

/**
 * The /VRI key of a signature: upper-case hex SHA-1 of the bytes of its /Contents value (the whole string,
 * zero padding included, as ISO 32000-2 §12.8.4.4 and iText do). SHA-1 only names the entry; it protects
 * nothing.
 */
export function vriKey(contentsHex: string): string {
  return createHash('sha1').update(Buffer.from(contentsHex, 'hex')).digest('hex').toUpperCase();
}

function bytesOf(stream: PDFRawStream): Uint8Array {
  return decodePDFRawStream(stream).decode();
}

/**
 * Appends an incremental update holding a /DSS dictionary (certificates, CRLs, OCSP responses and one /VRI
 * entry per signature) and the catalog pointing at it. An existing DSS is carried over (its streams are
 * reused, not copied). Nothing a signature covers changes, so every signature stays valid; the verifier
 * accepts such a tail because it holds validation data only.
 */
export async function appendDss(pdf: Uint8Array, entries: DssEntry[]): Promise<Uint8Array> {
  const previous = previousRevision(pdf);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;
  // New objects from the previous /Size (see prepareIncrementalSignature).
  context.largestObjectNumber = Math.max(context.largestObjectNumber, previous.size - 1);
  const originalMax = context.largestObjectNumber;
  const catalogRef = context.trailerInfo.Root as PDFRef;
  if (catalogRef !== previous.root)
    throw new PdfStructureError('The catalog pdf-lib read is not the one the trailer names');
  const catalog = context.lookup(catalogRef, PDFDict);

  const known = new Map<string, PDFRef>();
  const lists = { certs: [] as PDFRef[], crls: [] as PDFRef[], ocsps: [] as PDFRef[] };
  const hashOf = (kind: string, bytes: Uint8Array) =>
    `${kind}:${createHash('sha256').update(bytes).digest('hex')}`;
  const old = context.lookupMaybe(catalog.get(PDFName.of('DSS')), PDFDict);
  for (const [kind, arrayKey] of KEYS) {
    const array = old?.lookupMaybe(PDFName.of(arrayKey), PDFArray);
    for (let i = 0; i < (array?.size() ?? 0); i++) {
      const ref = array!.get(i);
      if (!(ref instanceof PDFRef)) continue;
      const stream = context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      known.set(hashOf(kind, bytesOf(stream)), ref);
      lists[kind].push(ref);
    }
  }
  const add = (kind: keyof typeof lists, der: ArrayBuffer): PDFRef => {
    const bytes = new Uint8Array(der);
    const key = hashOf(kind, bytes);
    let ref = known.get(key);
    if (!ref) {
      ref = context.register(context.stream(bytes));
      known.set(key, ref);
      lists[kind].push(ref);
    }
    return ref;
  };

  const vri = context.obj({});
  const oldVri = old?.lookupMaybe(PDFName.of('VRI'), PDFDict);
  for (const [key, value] of oldVri?.entries() ?? []) vri.set(key, value);
  for (const entry of entries) {
    const item = context.obj({});
    for (const [kind, , vriArrayKey] of KEYS) {
      const refs = entry[kind].map((der) => add(kind, der));
      if (refs.length > 0) item.set(PDFName.of(vriArrayKey), context.obj(refs));
    }
    vri.set(PDFName.of(vriKey(entry.contentsHex)), item);
  }
  const dss = context.obj({ Type: 'DSS', VRI: vri });
  for (const [kind, arrayKey] of KEYS) {
    if (lists[kind].length > 0) dss.set(PDFName.of(arrayKey), context.obj(lists[kind]));
  }
  catalog.set(PDFName.of('DSS'), context.register(dss));

  // The update: the catalog and the new objects only.
  const objects: UpdateObject[] = [{ ref: catalogRef, body: serialize(catalog) }];
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    if (ref.objectNumber > originalMax) objects.push({ ref, body: serialize(obj) });
  }
  return appendIncrementalUpdate({ pdf, previous, objects }).pdf;
}

/**
 * The DSS of the latest revision (certificates, CRLs, OCSP responses), or nothing. The data is unsigned
 * (anyone can add or change it), so the verifier checks every CRL / OCSP signature before using it.
 */
export async function readDss(pdf: Uint8Array): Promise<EmbeddedValidationData> {
  const out: EmbeddedValidationData = { certs: [], crls: [], ocsps: [] };
  if (!Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).includes('/DSS')) return out;
  try {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
    const dss = doc.catalog.lookupMaybe(PDFName.of('DSS'), PDFDict);
    for (const [kind, arrayKey] of KEYS) {
      const array = dss?.lookupMaybe(PDFName.of(arrayKey), PDFArray);
      for (let i = 0; i < (array?.size() ?? 0); i++) {
        const stream = doc.context.lookup(array!.get(i));
        if (stream instanceof PDFRawStream) {
          try {
            out[kind].push(bytesOf(stream));
          } catch {
            // An undecodable stream is skipped like any other unusable validation data.
          }
        }
      }
    }
  } catch {
    // A DSS that cannot be read is no validation data at all.
  }
  return out;
}
