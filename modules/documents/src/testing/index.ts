import { createHash } from 'node:crypto';
import type { DocumentSigner, PdfSignatureInfo } from '../deps.ts';

/**
 * A stand-in for the pki module in tests and demos: "signing" appends a marker line with the signer,
 * the certificate and the SHA-256 of every byte before it; verifying recomputes each hash. Any change to
 * the bytes before a marker makes verification FAILED; no marker is INDETERMINATE (unsigned).
 */
const MARK = '\n%OPSIG ';

export function createTestSigner(): DocumentSigner {
  return {
    async signPdf(input) {
      const digest = createHash('sha256').update(input.pdf).digest('hex');
      const info = {
        kind: input.appearance.kind,
        name: input.appearance.name,
        cert: input.certificateId,
        at: new Date().toISOString(),
        sha256: digest,
      };
      return Buffer.concat([
        input.pdf,
        Buffer.from(`${MARK}${Buffer.from(JSON.stringify(info)).toString('base64')}\n`),
      ]);
    },
    async verifyPdf(pdf) {
      const text = pdf.toString('latin1');
      const signatures: PdfSignatureInfo[] = [];
      const reasons: string[] = [];
      let from = 0;
      for (;;) {
        const at = text.indexOf(MARK, from);
        if (at < 0) break;
        const end = text.indexOf('\n', at + MARK.length);
        const info = JSON.parse(Buffer.from(text.slice(at + MARK.length, end), 'base64').toString()) as {
          kind: 'personal' | 'organisation';
          name: string;
          cert: string;
          at: string;
          sha256: string;
        };
        const valid = createHash('sha256').update(pdf.subarray(0, at)).digest('hex') === info.sha256;
        if (!valid)
          reasons.push(
            `Chữ ký của ${info.name} không khớp nội dung / signature of ${info.name} does not match`,
          );
        signatures.push({
          kind: info.kind,
          signerName: info.name,
          certificateSerial: info.cert,
          signedAt: info.at,
          valid,
        });
        from = end + 1;
      }
      if (signatures.length === 0)
        return { result: 'INDETERMINATE', reasons: ['Không có chữ ký số / unsigned'], signatures };
      return { result: reasons.length ? 'FAILED' : 'PASSED', reasons, signatures };
    },
  };
}

/** A small valid PDF (one page) for tests. */
export async function samplePdf(text = 'Văn bản thử'): Promise<Buffer> {
  const { createVietnamesePdf, A4, drawParagraph } = await import('@openprovince/pdf');
  const pdf = await createVietnamesePdf({ title: text });
  const page = pdf.doc.addPage(A4);
  drawParagraph(page, { text, x: 60, y: 780, width: 470, font: pdf.regular });
  return Buffer.from(await pdf.doc.save());
}
