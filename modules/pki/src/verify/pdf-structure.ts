/** Byte-level reading of a PDF's signature dictionaries (independent of any PDF library's repairs). */

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

interface PdfObjectText {
  number: number;
  body: string;
}

function objectsIn(segment: string): PdfObjectText[] {
  const out: PdfObjectText[] = [];
  const re = /(\d+)\s+(\d+)\s+obj\b([\s\S]*?)endobj/g;
  for (let m = re.exec(segment); m; m = re.exec(segment)) out.push({ number: Number(m[1]), body: m[3]! });
  return out;
}

function refOf(body: string, key: string): string | null {
  const m = new RegExp(`/${key}\\s+(\\d+\\s+\\d+\\s+R)`).exec(body);
  return m ? m[1]!.replace(/\s+/g, ' ') : null;
}

/**
 * Is the unsigned tail (after the last signature's coverage) only validation data (PAdES B-LT: a /DSS
 * dictionary, its streams and a catalog pointing at it)? Anything else — pages, content streams,
 * annotations, actions — is content added after signing (the incremental-saving attack).
 */
export function tailIsValidationDataOnly(pdf: Uint8Array, coveredEnd: number): boolean {
  const text = latin1(pdf);
  const tail = text.slice(coveredEnd);
  const objects = objectsIn(tail);
  if (objects.length === 0)
    return /^\s*(xref[\s\S]*|)$/.test(tail.replace(/trailer[\s\S]*$/, '').replace(/startxref[\s\S]*$/, ''));
  const before = text.slice(0, coveredEnd);
  for (const obj of objects) {
    const dictHead = obj.body.split(/\bstream\b/)[0] ?? '';
    if (/\/(AA|OpenAction|JS|JavaScript|Launch|URI)\b/.test(dictHead)) return false;
    if (/\/Type\s*\/Catalog\b/.test(dictHead)) {
      if (!/\/DSS\b/.test(dictHead)) return false;
      const previous = objectsIn(before)
        .filter((o) => o.number === obj.number)
        .at(-1);
      if (!previous) return false;
      for (const key of ['Pages', 'AcroForm', 'Names', 'Outlines']) {
        if (refOf(previous.body, key) !== refOf(dictHead, key)) return false;
      }
      continue;
    }
    if (/\/Type\s*\/(DSS|VRI)\b/.test(dictHead)) continue;
    if (/\/Type\s*\/XRef\b/.test(dictHead)) continue;
    // Plain data streams (certificates, CRLs, OCSP responses) carry no /Type or /Subtype.
    if (/\bstream\b/.test(obj.body) && !/\/(Type|Subtype)\b/.test(dictHead)) continue;
    return false;
  }
  return true;
}
