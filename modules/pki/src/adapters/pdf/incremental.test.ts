import { readFileSync } from 'node:fs';
import { inspectPdf, pdfToolProblems, requirePdfTools } from '@openprovince/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { findSignatures, revisionProblems } from '../../domain/verify/pdf-structure.ts';
import { verifyPdfSignatures } from '../../domain/verify/verify-pdf.ts';
import { samplePdf } from '../../testing/sample-pdf.ts';
import { createTestPki, type TestPki } from '../../testing/test-pki.ts';
import type { RevocationStatus } from '../ocsp/ocsp.ts';
import { appendDss } from './dss.ts';
import { signPdfPades } from './pades.ts';
import { demoSealPng, demoSignaturePng } from './png.ts';
import { PdfSource } from './xref.ts';

/**
 * Issue 9: signed documents must open in the readers people use. Every signing path — template and
 * uploaded files, classic tables and object streams, one to three signatures, after the B-LT extension —
 * must give a file qpdf accepts and poppler reads with the unsigned file's pages and text.
 */

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../testing/fixtures/${name}`, import.meta.url)));

const BASES: { name: string; load: () => Promise<Uint8Array> }[] = [
  { name: 'template, classic cross-reference table', load: () => samplePdf() },
  {
    name: 'template, object streams and a cross-reference stream (pdf-lib default)',
    load: () => samplePdf('Kế hoạch số 01/KH-STTTT', { objectStreams: true }),
  },
  {
    // qpdf --object-streams=generate: a PNG-predicted cross-reference stream, as many producers write.
    name: 'uploaded, object streams written by qpdf',
    load: async () => fixture('qpdf-object-streams.pdf'),
  },
  { name: 'uploaded, linearized by qpdf', load: async () => fixture('qpdf-linearized.pdf') },
];

let pki: TestPki;
let person: Awaited<ReturnType<TestPki['issue']>>;
let org: Awaited<ReturnType<TestPki['issue']>>;
const tools = requirePdfTools();

beforeAll(async () => {
  pki = await createTestPki();
  person = await pki.issue({ kind: 'personal', subject: { CN: 'Nguyễn Văn Ấn', T: 'Giám đốc' } });
  org = await pki.issue({ kind: 'organisation', subject: { CN: 'Sở Thông tin và Truyền thông' } });
}, 60_000);

function sign(pdf: Uint8Array, who: 'person' | 'org'): Promise<Uint8Array> {
  const signer = who === 'person' ? person : org;
  return signPdfPades({
    pdf,
    provider: pki.provider,
    keyHandle: signer.keyHandle,
    certificate: signer.certificate.rawData,
    chain: pki.chain,
    timestamper: pki.timestamper,
    field: {
      name: signer.certificate.subjectName.getField('CN')[0]!,
      signingTime: pki.clock.now,
      appearance:
        who === 'org'
          ? {
              kind: 'organisation',
              rect: { x: 300, y: 120, width: 200, height: 70 },
              image: demoSealPng(),
              lines: ['Sở Thông tin và Truyền thông'],
            }
          : {
              kind: 'personal',
              rect: { x: 340, y: 200, width: 180, height: 80 },
              image: demoSignaturePng(),
              lines: ['Nguyễn Văn Ấn', 'Giám đốc'],
            },
    },
  });
}

/** Object numbers an update must not take: the earlier cross-reference and object streams'. */
function structuralNumbers(pdf: Uint8Array): Set<number> {
  const revision = new PdfSource(pdf).revision();
  const numbers = new Set<number>();
  for (const s of revision.sections) if (s.streamObjectNumber !== null) numbers.add(s.streamObjectNumber);
  for (const e of revision.entries.values()) if (e.type === 'compressed') numbers.add(e.stream);
  return numbers;
}

/** The update appended to `before` numbers new objects from its /Size and continues its xref form. */
function expectWellFormedUpdate(before: Uint8Array, after: Uint8Array) {
  expect(Buffer.from(after.subarray(0, before.length)).equals(Buffer.from(before))).toBe(true);
  const old = new PdfSource(before).revision();
  const next = new PdfSource(after).revision();
  const update = next.sections[0]!;
  expect(update.offset).toBeGreaterThanOrEqual(before.length);
  expect(update.kind).toBe(old.sections[0]!.kind);
  const taken = structuralNumbers(before);
  for (const [n, entry] of update.entries) {
    if (n === 0 || n === update.streamObjectNumber) continue;
    expect(entry.type).toBe('offset');
    expect(taken.has(n), `object ${n} reuses a stream's number`).toBe(false);
    // Below /Size: a redefinition of an object in use; at or above: new.
    if (n < old.size) expect(old.entries.get(n)?.type).not.toBe('free');
  }
  expect(next.size).toBeGreaterThan(Math.max(...[...next.entries.keys()]));
  expect(revisionProblems(new PdfSource(after), after.length)).toEqual([]);
}

function expectReadableLike(unsigned: { pages: number | null; lines: string[] }, pdf: Uint8Array) {
  if (!tools) return;
  const report = inspectPdf(pdf);
  expect(pdfToolProblems(report)).toEqual([]);
  expect(report.pdfinfo.pages).toBe(unsigned.pages);
  for (const line of unsigned.lines) expect(report.text).toContain(line);
}

describe('incremental signature updates open in every reader (issue 9)', () => {
  for (const base of BASES) {
    it(`${base.name}: one, two, three signatures, B-LT and a fourth signature — qpdf, pdfinfo and pdftotext read each revision like the unsigned file, and each verifies`, async () => {
      const pdf = await base.load();
      expect(revisionProblems(new PdfSource(pdf), pdf.length)).toEqual([]);
      const unsigned = tools
        ? (() => {
            const r = inspectPdf(pdf);
            expect(pdfToolProblems(r)).toEqual([]);
            const lines = r.text
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean);
            expect(lines.length).toBeGreaterThan(0);
            return { pages: r.pdfinfo.pages, lines };
          })()
        : { pages: null, lines: [] };

      let current = pdf;
      for (const who of ['person', 'org', 'person'] as const) {
        const next = await sign(current, who);
        expectWellFormedUpdate(current, next);
        expectReadableLike(unsigned, next);
        current = next;
      }
      if (tools) expect(inspectPdf(current).text).toContain('Nguyễn Văn Ấn'); // the visible block shows

      const lt = await appendDss(
        current,
        findSignatures(current).map((s) => ({
          contentsHex: s.contentsHex,
          certs: [person.certificate.rawData, org.certificate.rawData, ...pki.chain],
          crls: [],
          ocsps: [],
        })),
      );
      expectWellFormedUpdate(current, lt);
      expectReadableLike(unsigned, lt);
      const fourth = await sign(lt, 'org');
      expectWellFormedUpdate(lt, fourth);
      expectReadableLike(unsigned, fourth);

      const report = await verifyPdfSignatures(fourth, {
        trustAnchors: [pki.ca.root.certificate.rawData],
        intermediates: [pki.ca.issuing.certificate.rawData],
        revocation: async () => ({ status: 'good' }) as RevocationStatus,
      });
      expect(report.reasons).toEqual([]);
      expect(report.signatures.map((s) => [s.fieldName, s.indication, s.modifiedAfterSigning])).toEqual([
        ['Signature1', 'PASSED', false],
        ['Signature2', 'PASSED', false],
        ['Signature3', 'PASSED', false],
        ['Signature4', 'PASSED', false],
      ]);
      expect(report.indication).toBe('PASSED');
    }, 120_000);
  }
});
