import {
  decodePDFRawStream,
  PDFArray,
  PDFContext,
  PDFCrossRefStream,
  PDFDict,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFObjectParser,
  PDFRawStream,
  PDFRef,
} from 'pdf-lib';

/**
 * Cross-reference data as PDF readers use it (ISO 32000-1 §7.5.4–7.5.8): `startxref` → the newest section
 * (a classic `xref` table or a cross-reference stream, or a table with a /XRefStm stream: a hybrid file) →
 * /Prev → … . pdf-lib reads a file front to back and ignores all of this — it also drops object streams and
 * cross-reference streams — so it cannot tell the next free object number (the trailer's /Size) nor what a
 * reader will actually resolve. The writer below numbers new objects from /Size and continues in the form of
 * the revision it follows; the verifier uses the reader to check that a signed revision resolves.
 */

export type XrefEntry =
  | { type: 'free' }
  | { type: 'offset'; offset: number; generation: number }
  | { type: 'compressed'; stream: number; index: number };

export interface XrefSection {
  /** Where the section begins: the `xref` keyword or the cross-reference stream's object header. */
  offset: number;
  kind: 'table' | 'stream';
  trailer: PDFDict;
  entries: Map<number, XrefEntry>;
  /** The cross-reference stream's own object number (kind 'stream'). */
  streamObjectNumber: number | null;
  /** A hybrid file's /XRefStm section, consulted after this table's own entries. */
  hybrid: XrefSection | null;
}

/** What readers see at one revision: the merged entries of the chain ending at `end`. */
export interface Revision {
  /** Byte length of the revision (the file up to and including its `%%EOF`). */
  end: number;
  /** Newest first. */
  sections: XrefSection[];
  entries: Map<number, XrefEntry>;
  trailer: PDFDict;
  size: number;
}

/** The file's cross-reference data cannot be read, or it does not describe the objects that are there. */
export class PdfStructureError extends Error {
  override name = 'PdfStructureError';
}

const TYPE = PDFName.of('Type');

function numberIn(dict: PDFDict, key: string): number | undefined {
  const value = dict.get(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

/** Undoes the PNG predictors (ISO 32000-1 §7.4.4.4) that cross-reference streams commonly use. */
function unpredict(data: Uint8Array, parms: PDFDict): Uint8Array {
  const predictor = numberIn(parms, 'Predictor') ?? 1;
  if (predictor < 2) return data;
  if (predictor < 10) throw new PdfStructureError(`Predictor ${predictor} (TIFF) is not supported`);
  const colors = numberIn(parms, 'Colors') ?? 1;
  const bits = numberIn(parms, 'BitsPerComponent') ?? 8;
  const columns = numberIn(parms, 'Columns') ?? 1;
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const filter = data[r * (rowLength + 1)]!;
    const source = r * (rowLength + 1) + 1;
    const at = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[source + i]!;
      const left = i >= bpp ? out[at + i - bpp]! : 0;
      const up = r > 0 ? out[at - rowLength + i]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[at - rowLength + i - bpp]! : 0;
      let value: number;
      switch (filter) {
        case 0:
          value = raw;
          break;
        case 1:
          value = raw + left;
          break;
        case 2:
          value = raw + up;
          break;
        case 3:
          value = raw + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          throw new PdfStructureError(`Unknown PNG predictor row filter ${filter}`);
      }
      out[at + i] = value & 0xff;
    }
  }
  return out;
}

/** A stream's decoded bytes (pdf-lib's filters, plus the predictors pdf-lib leaves out). */
export function decodeStream(stream: PDFRawStream): Uint8Array {
  let data: Uint8Array;
  try {
    data = decodePDFRawStream(stream).decode();
  } catch (e) {
    throw new PdfStructureError(`A stream cannot be decoded: ${(e as Error).message}`);
  }
  let parms = stream.dict.lookup(PDFName.of('DecodeParms'));
  if (parms instanceof PDFArray) parms = parms.size() > 0 ? parms.lookup(parms.size() - 1) : undefined;
  return parms instanceof PDFDict ? unpredict(data, parms) : data;
}

/** The bytes of a PDF with the parsing both the writer and the verifier need. */
export class PdfSource {
  readonly text: string;
  /** Parsed objects live here; nothing is assigned, so references are never resolved by pdf-lib. */
  private readonly context = PDFContext.create();
  private readonly objectStreams = new Map<number, { numbers: number[]; objects: (PDFObject | null)[] }>();

  constructor(readonly bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }

  /** The offset named by the last `startxref` before `end`. */
  startxrefBefore(end: number): number {
    const at = this.text.lastIndexOf('startxref', end - 'startxref'.length);
    const m = at >= 0 ? /^startxref\s+(\d+)/.exec(this.text.slice(at, Math.min(end, at + 40))) : null;
    if (!m) throw new PdfStructureError('No startxref');
    return Number(m[1]);
  }

  private skipWhitespace(offset: number): number {
    let at = offset;
    while (at < this.bytes.length && /\s/.test(this.text[at]!)) at++;
    return at;
  }

  /** The header ("12 0 obj") at `offset`, whitespace before it allowed. */
  headerAt(offset: number): { number: number; generation: number; bodyStart: number } | null {
    const at = this.skipWhitespace(offset);
    const m = /^(\d+)\s+(\d+)\s+obj\b/.exec(this.text.slice(at, at + 40));
    return m ? { number: Number(m[1]), generation: Number(m[2]), bodyStart: at + m[0].length } : null;
  }

  /** The value of the indirect object whose header is at `offset`. */
  objectAt(offset: number): { number: number; generation: number; object: PDFObject } | null {
    const header = this.headerAt(offset);
    if (!header) return null;
    try {
      const object = PDFObjectParser.forBytes(
        this.bytes.subarray(header.bodyStart),
        this.context,
      ).parseObject();
      return { number: header.number, generation: header.generation, object };
    } catch {
      return null;
    }
  }

  private readTable(offset: number, end: number): XrefSection {
    const entries = new Map<number, XrefEntry>();
    const start = this.skipWhitespace(offset) + 'xref'.length;
    const subsection = /\s*(\d+)\s+(\d+)[ \t]*(?=[\r\n])/y;
    const entry = /\s*(\d{1,10})\s+(\d{1,5})\s+([nf])/y;
    let at = start;
    for (;;) {
      subsection.lastIndex = at;
      const head = subsection.exec(this.text);
      if (!head || head.index >= end) break;
      const first = Number(head[1]);
      const count = Number(head[2]);
      at = subsection.lastIndex;
      for (let i = 0; i < count; i++) {
        entry.lastIndex = at;
        const m = entry.exec(this.text);
        if (!m)
          throw new PdfStructureError(`Cross-reference table at ${offset}: entry ${first + i} unreadable`);
        at = entry.lastIndex;
        entries.set(
          first + i,
          m[3] === 'n'
            ? { type: 'offset', offset: Number(m[1]), generation: Number(m[2]) }
            : { type: 'free' },
        );
      }
    }
    const trailerAt = this.skipWhitespace(at);
    if (!this.text.startsWith('trailer', trailerAt))
      throw new PdfStructureError(`Cross-reference table at ${offset} has no trailer`);
    let trailer: PDFObject;
    try {
      trailer = PDFObjectParser.forBytes(
        this.bytes.subarray(trailerAt + 'trailer'.length),
        this.context,
      ).parseObject();
    } catch {
      throw new PdfStructureError(`The trailer of the table at ${offset} is unreadable`);
    }
    if (!(trailer instanceof PDFDict))
      throw new PdfStructureError(`The trailer of the table at ${offset} is not a dictionary`);
    return { offset, kind: 'table', trailer, entries, streamObjectNumber: null, hybrid: null };
  }

  private readStream(offset: number): XrefSection {
    const found = this.objectAt(offset);
    const stream = found?.object;
    if (!(stream instanceof PDFRawStream) || stream.dict.get(TYPE) !== PDFName.of('XRef'))
      throw new PdfStructureError(`startxref/Prev ${offset} points to neither a table nor an XRef stream`);
    const dict = stream.dict;
    const data = decodeStream(stream);
    const w = dict.get(PDFName.of('W'));
    const widths =
      w instanceof PDFArray ? w.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : -1)) : [];
    if (widths.length !== 3 || widths.some((n) => n < 0 || n > 8))
      throw new PdfStructureError(`XRef stream ${found!.number}: bad /W`);
    const size = numberIn(dict, 'Size');
    if (size === undefined) throw new PdfStructureError(`XRef stream ${found!.number}: no /Size`);
    const index = dict.get(PDFName.of('Index'));
    const ranges: number[] =
      index instanceof PDFArray
        ? index.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : Number.NaN))
        : [0, size];
    if (ranges.length % 2 !== 0 || ranges.some((n) => !Number.isInteger(n) || n < 0))
      throw new PdfStructureError(`XRef stream ${found!.number}: bad /Index`);
    const [w0, w1, w2] = widths as [number, number, number];
    const row = w0 + w1 + w2;
    const entries = new Map<number, XrefEntry>();
    let at = 0;
    const field = (width: number) => {
      let value = 0;
      for (let i = 0; i < width; i++) value = value * 256 + data[at++]!;
      return value;
    };
    for (let r = 0; r < ranges.length; r += 2) {
      const first = ranges[r]!;
      const count = ranges[r + 1]!;
      if (at + count * row > data.length)
        throw new PdfStructureError(`XRef stream ${found!.number} is shorter than its /Index says`);
      for (let i = 0; i < count; i++) {
        const type = w0 === 0 ? 1 : field(w0);
        const f2 = field(w1);
        const f3 = field(w2);
        if (type === 0) entries.set(first + i, { type: 'free' });
        else if (type === 1) entries.set(first + i, { type: 'offset', offset: f2, generation: f3 });
        else if (type === 2) entries.set(first + i, { type: 'compressed', stream: f2, index: f3 });
        // Other types are reserved: readers treat them as references to null.
      }
    }
    return {
      offset,
      kind: 'stream',
      trailer: dict,
      entries,
      streamObjectNumber: found!.number,
      hybrid: null,
    };
  }

  /** The section at `offset` (a table or a stream), its hybrid /XRefStm part included. */
  readSection(offset: number, end: number): XrefSection {
    if (offset >= end)
      throw new PdfStructureError(`Cross-reference offset ${offset} is outside the revision`);
    const at = this.skipWhitespace(offset);
    if (this.text.startsWith('xref', at)) {
      const table = this.readTable(offset, end);
      const stm = numberIn(table.trailer, 'XRefStm');
      if (stm !== undefined) {
        if (stm >= end) throw new PdfStructureError(`/XRefStm ${stm} is outside the revision`);
        table.hybrid = this.readStream(stm);
      }
      return table;
    }
    return this.readStream(offset);
  }

  /** The revision ending at `end` (default: the whole file), as readers resolve it. */
  revision(end = this.bytes.length): Revision {
    const sections: XrefSection[] = [];
    const seen = new Set<number>();
    let offset: number | undefined = this.startxrefBefore(end);
    while (offset !== undefined) {
      if (seen.has(offset)) throw new PdfStructureError(`/Prev loops back to ${offset}`);
      seen.add(offset);
      const section = this.readSection(offset, end);
      sections.push(section);
      offset = numberIn(section.trailer, 'Prev');
    }
    const entries = new Map<number, XrefEntry>();
    for (const section of sections) {
      for (const part of [section, section.hybrid]) {
        for (const [n, e] of part?.entries ?? []) if (!entries.has(n)) entries.set(n, e);
      }
    }
    const trailer = sections[0]!.trailer;
    const size = numberIn(trailer, 'Size');
    if (size === undefined) throw new PdfStructureError('The newest trailer has no /Size');
    return { end, sections, entries, trailer, size };
  }

  /** The objects of the object stream whose header is at `offset` (cached). */
  objectStreamAt(offset: number): { numbers: number[]; objects: (PDFObject | null)[] } | null {
    const cached = this.objectStreams.get(offset);
    if (cached) return cached;
    const found = this.objectAt(offset);
    const stream = found?.object;
    if (!(stream instanceof PDFRawStream) || stream.dict.get(TYPE) !== PDFName.of('ObjStm')) return null;
    const n = numberIn(stream.dict, 'N') ?? 0;
    const first = numberIn(stream.dict, 'First') ?? 0;
    const data = decodeStream(stream);
    const header = Buffer.from(data.subarray(0, first)).toString('latin1').trim().split(/\s+/).map(Number);
    const numbers: number[] = [];
    const objects: (PDFObject | null)[] = [];
    for (let i = 0; i < n; i++) {
      const number = header[2 * i];
      const at = header[2 * i + 1];
      if (number === undefined || at === undefined || Number.isNaN(number) || Number.isNaN(at)) break;
      numbers.push(number);
      try {
        objects.push(PDFObjectParser.forBytes(data.subarray(first + at), this.context).parseObject());
      } catch {
        objects.push(null);
      }
    }
    const parsed = { numbers, objects };
    this.objectStreams.set(offset, parsed);
    return parsed;
  }

  /**
   * The object `number` as the revision resolves it, or undefined (free, missing, or not what the entry
   * says: a structural problem the verifier reports through `revisionProblems`).
   */
  resolve(revision: Revision, number: number): PDFObject | undefined {
    return this.resolveEntry(revision, number, revision.entries.get(number));
  }

  /** The object an entry describes (object streams resolved in `revision`). */
  resolveEntry(revision: Revision, number: number, entry: XrefEntry | undefined): PDFObject | undefined {
    if (!entry || entry.type === 'free') return undefined;
    if (entry.type === 'offset') {
      const found = this.objectAt(entry.offset);
      return found && found.number === number ? found.object : undefined;
    }
    const container = revision.entries.get(entry.stream);
    if (container?.type !== 'offset') return undefined;
    const stream = this.objectStreamAt(container.offset);
    if (!stream || stream.numbers[entry.index] !== number) return undefined;
    return stream.objects[entry.index] ?? undefined;
  }

  /** `value`, or the object it refers to in `revision`. */
  lookup(revision: Revision, value: PDFObject | undefined): PDFObject | undefined {
    return value instanceof PDFRef ? this.resolve(revision, value.objectNumber) : value;
  }
}

/** One object of an update: its reference and its serialized value (without `obj` / `endobj`). */
export interface UpdateObject {
  ref: PDFRef;
  body: Uint8Array;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

export function serialize(obj: PDFObject): Uint8Array {
  const buffer = new Uint8Array(obj.sizeInBytes());
  obj.copyBytesInto(buffer, 0);
  return buffer;
}

/** The trailer values an update repeats, read from the revision it follows. */
export interface PreviousRevision {
  startxref: number;
  kind: 'table' | 'stream';
  size: number;
  root: PDFRef;
  info?: PDFObject;
  id?: PDFObject;
}

export function previousRevision(pdf: Uint8Array): PreviousRevision {
  const source = new PdfSource(pdf);
  const revision = source.revision();
  const trailer = revision.trailer;
  if (trailer.has(PDFName.of('Encrypt'))) throw new PdfStructureError('Encrypted PDFs are not supported');
  const root = trailer.get(PDFName.of('Root'));
  if (!(root instanceof PDFRef)) throw new PdfStructureError('The trailer has no /Root reference');
  const info = trailer.get(PDFName.of('Info'));
  const id = trailer.get(PDFName.of('ID'));
  // The largest object number actually in use counts too: a few writers put a /Size that is one short.
  const size = Math.max(revision.size, ...[...revision.entries.keys()].map((n) => n + 1));
  return {
    startxref: source.startxrefBefore(pdf.length),
    kind: revision.sections[0]!.kind,
    size,
    root,
    ...(info ? { info } : {}),
    ...(id ? { id } : {}),
  };
}

/**
 * Appends an incremental update (ISO 32000-1 §7.5.6): the objects, then a cross-reference section of the
 * same kind as the previous revision's — a classic table after a table (or a hybrid), a cross-reference
 * stream after a stream — whose trailer repeats /Root, /Info and /ID and chains to it with /Prev. The
 * objects must be numbered from the previous /Size (new) or below it (redefined). Returns the file and, for
 * each object, where its body starts.
 */
export function appendIncrementalUpdate(input: {
  pdf: Uint8Array;
  previous: PreviousRevision;
  objects: UpdateObject[];
}): { pdf: Uint8Array; bodyOffsets: Map<number, number> } {
  const { pdf, previous } = input;
  const parts: Uint8Array[] = [];
  let position = pdf.length;
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    position += bytes.length;
  };
  push(latin1('\n'));
  const offsets = new Map<number, { offset: number; generation: number }>();
  const bodyOffsets = new Map<number, number>();
  for (const { ref, body } of [...input.objects].sort((a, b) => a.ref.objectNumber - b.ref.objectNumber)) {
    if (offsets.has(ref.objectNumber)) throw new Error(`Object ${ref.objectNumber} written twice`);
    offsets.set(ref.objectNumber, { offset: position, generation: ref.generationNumber });
    push(latin1(`${ref.objectNumber} ${ref.generationNumber} obj\n`));
    bodyOffsets.set(ref.objectNumber, position);
    push(body);
    push(latin1('\nendobj\n'));
  }
  const size = Math.max(previous.size, ...[...offsets.keys()].map((n) => n + 1));
  const xrefOffset = position;
  if (previous.kind === 'table') {
    const sorted = [...offsets.entries()].sort((a, b) => a[0] - b[0]);
    let xref = 'xref\n0 1\n0000000000 65535 f \n';
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1]![0] === sorted[j]![0] + 1) j++;
      xref += `${sorted[i]![0]} ${j - i + 1}\n`;
      for (let k = i; k <= j; k++) {
        const { offset, generation } = sorted[k]![1];
        xref += `${String(offset).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n`;
      }
      i = j + 1;
    }
    xref +=
      `trailer\n<< /Size ${size} /Root ${previous.root.toString()}` +
      (previous.info ? ` /Info ${previous.info.toString()}` : '') +
      (previous.id ? ` /ID ${previous.id.toString()}` : '') +
      ` /Prev ${previous.startxref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    push(latin1(xref));
  } else {
    // The stream is an object too: it takes the next number, and lists itself.
    const streamNumber = size;
    offsets.set(streamNumber, { offset: xrefOffset, generation: 0 });
    const context = PDFContext.create();
    const dict = context.obj({ Size: streamNumber + 1, Root: previous.root, Prev: previous.startxref });
    if (previous.info) dict.set(PDFName.of('Info'), previous.info);
    if (previous.id) dict.set(PDFName.of('ID'), previous.id);
    const stream = PDFCrossRefStream.create(dict, true);
    for (const [n, { offset, generation }] of [...offsets.entries()].sort((a, b) => a[0] - b[0])) {
      stream.addUncompressedEntry(PDFRef.of(n, generation), offset);
    }
    push(latin1(`${streamNumber} 0 obj\n`));
    push(serialize(stream));
    push(latin1(`\nendobj\nstartxref\n${xrefOffset}\n%%EOF\n`));
  }
  const out = new Uint8Array(position);
  out.set(pdf, 0);
  let at = pdf.length;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return { pdf: out, bodyOffsets };
}
