import type { DocumentSigner } from '@openprovince/documents';
import { type PkiDeps, pkiApi, signPdf, type TVerificationReport } from '@openprovince/pki';
import { newId } from '@openprovince/platform';

/**
 * The documents module's signing port over the PKI module: keys stay in the PKI's signer provider, the
 * re-authentication proof travels with the request (the PKI verifies it), and the visible block uses the
 * PKI's Decree 30 layout.
 */
export function documentSigner(pkiDeps: PkiDeps | (() => PkiDeps)): DocumentSigner {
  // The PKI's deps may be built after this port (ports are made before any module's deps): read on use.
  const pkiOf = typeof pkiDeps === 'function' ? pkiDeps : () => pkiDeps;
  return {
    async signPdf(input) {
      const pki = pkiOf();
      // Inside the caller's transaction when it gives one (see the port's comment).
      const result = await signPdf(
        input.db ? { ...pki, db: input.db } : pki,
        { actor: input.actor, requestId: `sign-${newId()}` },
        {
          pdf: input.pdf,
          certificateId: input.certificateId,
          reauthProof: input.reauthProof,
          ...(input.appearance.reason ? { reason: input.appearance.reason } : {}),
        },
      );
      return Buffer.from(result.pdf);
    },
    async verifyPdf(pdf, options) {
      const pki = pkiOf();
      // Verification is public: no actor, through the pki module's narrow api.
      const report = await pkiApi.verifyPdf(options?.db ? { ...pki, db: options.db } : pki, { pdf });
      return {
        result: report.indication as 'PASSED' | 'FAILED' | 'INDETERMINATE',
        reasons: verificationLines(report),
        signatures: report.signatures.map((s) => ({
          // Organisation certificates carry no personal title; the PKI report does not say which it is.
          kind: 'unknown' as const,
          signerName: s.signerName ?? '',
          ...(s.serialNumber ? { certificateSerial: s.serialNumber } : {}),
          ...(s.timestampTime || s.claimedSigningTime
            ? { signedAt: (s.timestampTime ?? s.claimedSigningTime)! }
            : {}),
          valid: s.indication === 'PASSED',
        })),
      };
    },
  };
}

const VERDICT_VI = { PASSED: 'hợp lệ', FAILED: 'không hợp lệ', INDETERMINATE: 'chưa xác định được' } as const;

/**
 * The report in lines an official reads on the incoming document: what fails the document as a whole, then
 * one line per signature — who, its own verdict, and why (informational notes left out).
 */
export function verificationLines(report: TVerificationReport): string[] {
  const lines = report.reasons.map((r) => r.vi);
  report.signatures.forEach((s, i) => {
    const why = [...new Set(s.reasons.filter((r) => !pkiApi.isInformational(r.code)).map((r) => r.vi))];
    lines.push(
      `Chữ ký số thứ ${i + 1} (${s.signerName ?? 'không rõ người ký'}): ${VERDICT_VI[s.indication as keyof typeof VERDICT_VI] ?? s.indication}` +
        (why.length > 0 ? ` — ${why.join('; ')}` : ''),
    );
  });
  return lines;
}
