import { PDFArray, PDFDict, PDFName, type PDFObject, PDFRawStream, PDFRef } from 'pdf-lib';
import { type PdfSource, PdfStructureError, type Revision, serialize } from '../../adapters/pdf/xref.ts';

/**
 * Byte-level reading of a PDF's signature dictionaries (independent of any PDF library's repairs), and the
 * structure of its revisions as readers resolve them.
 */

export interface RawSignature {
  byteRange: number[];
  /** Offset of the '<' of /Contents in the signature dictionary, or -1. */
  contentsOffset: number;
  /** The /Contents hex string without delimiters. */
  contentsHex: string;
  objectNumber: number | null;
  fieldName: string | null;
  claimedSigningTime: string | null;
  subFilter: string | null;
}

const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

export function findSignatures(pdf: Uint8Array): RawSignature[] {
  const text = latin1(pdf);
  const found: RawSignature[] = [];
  const re = /\/ByteRange\s*\[\s*([-\d\s]+?)\s*\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const numbers = m[1]!.trim().split(/\s+/).map(Number);
    const objStart = text.lastIndexOf(' obj', m.index);
    const header =
      objStart >= 0 ? /(\d+)\s+\d+\s*$/.exec(text.slice(Math.max(0, objStart - 24), objStart)) : null;
    const objectNumber = header ? Number(header[1]) : null;
    const objEnd = text.indexOf('endobj', m.index);
    const dictStart = objStart >= 0 ? objStart : m.index;
    const dict = text.slice(dictStart, objEnd === -1 ? text.length : objEnd);
    const contents = /\/Contents\s*<([0-9A-Fa-f\s]*)>/.exec(dict);
    const m2 = /\/M\s*\(([^)]*)\)/.exec(dict);
    const sub = /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(dict);
    let fieldName: string | null = null;
    if (objectNumber !== null) {
      const v = new RegExp(`/V\\s+${objectNumber}\\s+0\\s+R`).exec(text);
      if (v) {
        const widgetStart = text.lastIndexOf(' obj', v.index);
        const widgetEnd = text.indexOf('endobj', v.index);
        const t = /\/T\s*\(([^)]*)\)/.exec(text.slice(widgetStart, widgetEnd));
        fieldName = t ? t[1]! : null;
      }
    }
    found.push({
      byteRange: numbers,
      contentsOffset: contents ? dictStart + contents.index + contents[0].indexOf('<') : -1,
      contentsHex: contents ? contents[1]!.replace(/\s+/g, '') : '',
      objectNumber,
      fieldName,
      claimedSigningTime: m2 ? m2[1]! : null,
      subFilter: sub ? sub[1]! : null,
    });
  }
  return found;
}

/** Checks the ByteRange covers the whole file from 0 except exactly this signature's /Contents string. */
export function byteRangeProblem(pdf: Uint8Array, sig: RawSignature): string | null {
  const br = sig.byteRange;
  if (br.length !== 4 || br.some((n) => !Number.isInteger(n) || n < 0))
    return 'ByteRange is not four non-negative integers';
  const [a, b, c, d] = br as [number, number, number, number];
  if (a !== 0) return 'ByteRange does not start at 0';
  if (c <= b || c + d > pdf.length) return 'ByteRange points outside the file';
  if (sig.contentsOffset !== b) return 'The gap in ByteRange is not this signature’s /Contents';
  if (pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) return 'The gap in ByteRange is not a hex string';
  if (c - b - 2 !== sig.contentsHex.length) return 'The gap in ByteRange is not exactly /Contents';
  return null;
}

const KEY = (name: string) => PDFName.of(name);
const ACTION_KEYS = ['AA', 'OpenAction', 'JS', 'JavaScript', 'Launch', 'URI'].map(KEY);
/** Catalog keys a validation-data update may set (ISO 32000-2 §12.8.4.3; /Extensions for the ESIC level). */
const DSS_CATALOG_KEYS = new Set([KEY('DSS'), KEY('Extensions')]);
const MAX_PROBLEMS = 5;

function headOf(object: PDFObject | undefined): PDFDict | undefined {
  return object instanceof PDFDict ? object : object instanceof PDFRawStream ? object.dict : undefined;
}

function typeOf(object: PDFObject | undefined): string | undefined {
  const type = headOf(object)?.get(KEY('Type'));
  return type instanceof PDFName ? type.decodeText() : undefined;
}

function text(object: PDFObject | undefined): string {
  return object ? Buffer.from(serialize(object)).toString('latin1') : '';
}

/**
 * What keeps the revision ending at `end` from opening as the signer saw it, in the words of a reader's
 * error (empty when nothing does): the startxref → /Prev chain must read, every in-use entry must point at
 * its object (an object-stream entry at an object stream holding it), no update may reuse the number of an
 * earlier cross-reference stream, and the catalog must lead to a page tree with pages. This is what poppler
 * (Evince, Okular, pdfinfo) trips over when an update reuses object numbers of the file it follows.
 */
export function revisionProblems(source: PdfSource, end: number): string[] {
  let revision: Revision;
  try {
    revision = source.revision(end);
  } catch (e) {
    return [e instanceof PdfStructureError ? e.message : `Cross-reference data unreadable: ${String(e)}`];
  }
  const problems: string[] = [];
  const add = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  for (const [n, entry] of revision.entries) {
    if (entry.type === 'offset') {
      const header = entry.offset < end ? source.headerAt(entry.offset) : null;
      if (header?.number !== n)
        add(`The cross-reference entry of object ${n} points where there is no object ${n}`);
    } else if (entry.type === 'compressed') {
      const container = revision.entries.get(entry.stream);
      let stream: ReturnType<PdfSource['objectStreamAt']> = null;
      try {
        stream = container?.type === 'offset' ? source.objectStreamAt(container.offset) : null;
      } catch {
        stream = null;
      }
      if (!stream) add(`Object ${n} is stored in object ${entry.stream}, which is not an object stream`);
      else if (stream.numbers[entry.index] !== n)
        add(`Object stream ${entry.stream} holds no object ${n} at index ${entry.index}`);
    }
  }
  // An update that redefines an earlier cross-reference stream's object number collides with it.
  revision.sections.forEach((section, i) => {
    for (const older of revision.sections.slice(i + 1)) {
      const n = older.streamObjectNumber;
      if (
        n !== null &&
        n !== section.streamObjectNumber &&
        (section.entries.has(n) || section.hybrid?.entries.has(n))
      )
        add(`An update reuses object number ${n}, the cross-reference stream of an earlier revision`);
    }
  });
  const root = revision.trailer.get(KEY('Root'));
  const catalog = root instanceof PDFRef ? source.resolve(revision, root.objectNumber) : undefined;
  if (!(catalog instanceof PDFDict)) {
    add('The document catalog (/Root) does not resolve');
    return problems;
  }
  const pages = source.lookup(revision, catalog.get(KEY('Pages')));
  if (!(pages instanceof PDFDict) || typeOf(pages) !== 'Pages') {
    add('The top-level pages object does not resolve to a page tree');
    return problems;
  }
  let leaves = 0;
  const seen = new Set<PDFDict>();
  const walk = (node: PDFDict, depth: number) => {
    if (seen.has(node) || depth > 64 || seen.size > 100_000) {
      add('The page tree loops or is too deep');
      return;
    }
    seen.add(node);
    const kids = source.lookup(revision, node.get(KEY('Kids')));
    if (!(kids instanceof PDFArray)) {
      add('A node of the page tree has no /Kids');
      return;
    }
    for (const ref of kids.asArray()) {
      const kid = source.lookup(revision, ref);
      if (!(kid instanceof PDFDict)) add(`A page (${ref.toString()}) does not resolve`);
      else if (typeOf(kid) === 'Pages') walk(kid, depth + 1);
      else leaves++;
    }
  };
  walk(pages, 0);
  if (leaves === 0) add('The page tree has no page');
  return problems;
}

/** Every reference inside the /DSS dictionary (its arrays and /VRI entries): the validation data streams. */
function dssReferences(source: PdfSource, revision: Revision, catalog: PDFDict): Set<number> {
  const refs = new Set<number>();
  const visit = (value: PDFObject | undefined, depth: number) => {
    if (depth > 4 || value === undefined) return;
    if (value instanceof PDFRef) {
      refs.add(value.objectNumber);
      const target = source.resolve(revision, value.objectNumber);
      if (target instanceof PDFDict || target instanceof PDFArray) visit(target, depth + 1);
    } else if (value instanceof PDFArray) {
      for (const item of value.asArray()) visit(item, depth + 1);
    } else if (value instanceof PDFDict) {
      for (const [, item] of value.entries()) visit(item, depth + 1);
    }
  };
  visit(catalog.get(KEY('DSS')), 0);
  return refs;
}

export type ChangesAfter =
  | { kind: 'none' }
  /** PAdES B-LT: a /DSS, its streams and the catalog pointing at it, nothing a reader shows. */
  | { kind: 'validation-data' }
  | { kind: 'content'; detail: string };

/**
 * What the updates after `coveredEnd` (the end of the signed bytes) change. Only validation data passes:
 * new streams the /DSS refers to, /DSS and /VRI dictionaries, cross-reference streams, and the catalog with
 * nothing but /DSS (or /Extensions) changed. Anything else — a redefined page, content stream or annotation,
 * an action, a freed object, another /Root — is content added after signing (the incremental-saving attack),
 * judged from the cross-reference sections as a reader resolves them, object streams included.
 */
export function changesAfter(source: PdfSource, coveredEnd: number): ChangesAfter {
  if (coveredEnd >= source.bytes.length) return { kind: 'none' };
  let before: Revision;
  let after: Revision;
  try {
    before = source.revision(coveredEnd);
    after = source.revision();
  } catch (e) {
    return { kind: 'content', detail: `The later updates cannot be read: ${(e as Error).message}` };
  }
  const newer = after.sections.filter((s) => s.offset >= coveredEnd);
  if (newer.length === 0) {
    // Bytes no cross-reference section lists: harmless only if they are whitespace or comments.
    const tail = source.text.slice(coveredEnd).replace(/%[^\r\n]*/g, '');
    return /^\s*$/.test(tail)
      ? { kind: 'none' }
      : { kind: 'content', detail: 'Bytes after the signed revision' };
  }
  const rootBefore = before.trailer.get(KEY('Root'));
  const rootAfter = after.trailer.get(KEY('Root'));
  if (!(rootBefore instanceof PDFRef) || rootAfter !== rootBefore)
    return { kind: 'content', detail: 'The document catalog (/Root) was replaced' };
  const catalogAfter = source.resolve(after, rootBefore.objectNumber);
  const catalogBefore = source.resolve(before, rootBefore.objectNumber);
  if (!(catalogAfter instanceof PDFDict) || !(catalogBefore instanceof PDFDict))
    return { kind: 'content', detail: 'The document catalog does not resolve' };
  const dssRefs = dssReferences(source, after, catalogAfter);
  for (const section of newer) {
    for (const part of [section, section.hybrid]) {
      for (const [n, entry] of part?.entries ?? []) {
        if (n === part!.streamObjectNumber) continue;
        if (entry.type === 'free') {
          if (n === 0) continue;
          return { kind: 'content', detail: `Object ${n} was deleted` };
        }
        const object = source.resolveEntry(after, n, entry);
        const head = headOf(object);
        if (head && ACTION_KEYS.some((k) => head.has(k)))
          return { kind: 'content', detail: `Object ${n} adds an action` };
        const existed = before.entries.has(n) && before.entries.get(n)!.type !== 'free';
        const type = typeOf(object);
        if (n === rootBefore.objectNumber) {
          if (!(object instanceof PDFDict) || !object.has(KEY('DSS')))
            return { kind: 'content', detail: 'The catalog was changed' };
          const keys = new Set([...object.keys(), ...catalogBefore.keys()]);
          for (const key of keys) {
            if (DSS_CATALOG_KEYS.has(key)) continue;
            if (text(object.get(key)) !== text(catalogBefore.get(key)))
              return { kind: 'content', detail: `The catalog's ${key.toString()} was changed` };
          }
          continue;
        }
        if (type === 'DSS' || type === 'VRI' || type === 'XRef') continue;
        if (!existed && type === 'ObjStm') continue; // its objects are entries of this section, checked one by one
        if (
          !existed &&
          object instanceof PDFRawStream &&
          !head!.has(KEY('Subtype')) &&
          type === undefined &&
          dssRefs.has(n)
        )
          continue;
        return {
          kind: 'content',
          detail: `Object ${n}${type ? ` (/${type})` : ''} was ${existed ? 'redefined' : 'added'}`,
        };
      }
    }
  }
  return { kind: 'validation-data' };
}
