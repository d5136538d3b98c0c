import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { localDateOf, localTimeOf } from '@openprovince/platform/time';
import type { SignatureAppearance } from '../adapters/pdf/appearance.ts';
import { signPdfPades } from '../adapters/pdf/pades.ts';
import { localTimestamper } from '../adapters/tsa/tsa.ts';
import type { PkiDeps } from '../deps.ts';
import { x509 } from '../domain/crypto/setup.ts';
import { canSignWith } from '../policies.ts';
import { findCertificate } from '../repositories/certificate.repository.ts';
import { tsaConfigOf } from './pki-services.ts';
import { ensureProvinceCa } from './shared/ca.ts';
import { appendOurValidationData } from './shared/lt.ts';

export const REAUTH_WINDOW_MS = 5 * 60_000;

export interface SignPdfInput {
  pdf: Uint8Array;
  certificateId: string;
  /**
   * Identity's proof that the signer typed the password (or TOTP) again (ReauthProofs.prove), verified here
   * through the port: the caller cannot state a time of its own.
   */
  reauthProof: string | null | undefined;
  /** Visible block; the text lines default per Decree 30 (name / organisation and time). */
  appearance?: Partial<Omit<SignatureAppearance, 'kind'>> | null;
  reason?: string;
  location?: string;
  /**
   * 'B-T' (default) or 'B-LT': the latter appends the chain, the current CRL and an OCSP answer for the
   * signer (a DSS), for documents kept in the archive.
   */
  level?: 'B-T' | 'B-LT';
}

export interface SignPdfResult {
  pdf: Uint8Array;
  certificateId: string;
  serialNumber: string;
  signedAt: string;
  level: 'B-T' | 'B-LT';
}

function vnIso(date: Date): string {
  const seconds = String(date.getUTCSeconds()).padStart(2, '0');
  return `${localDateOf(date)}T${localTimeOf(date)}:${seconds}+07:00`;
}

/**
 * Signs a PDF with a certificate in the registry: PAdES B-T (time-stamp from the platform's TSA), as an
 * incremental update so earlier signatures stay valid, and with `level: 'B-LT'` a second update holding the
 * validation data. The key is used inside the signer provider.
 */
export async function signPdf(
  deps: PkiDeps,
  ctx: RequestContext,
  input: SignPdfInput,
): Promise<SignPdfResult> {
  const cert = await findCertificate(deps.db, input.certificateId);
  if (!cert) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, canSignWith, cert);
  const now = deps.now();
  const window = deps.reauthWindowMs ?? REAUTH_WINDOW_MS;
  // The proof names the official and the instant; another official's, a tampered one or one identity did
  // not sign reads as no re-authentication at all.
  const reauth =
    input.reauthProof && ctx.actor.kind === 'official'
      ? (deps.reauth?.verify(input.reauthProof, { officialId: ctx.actor.userId }) ?? null)
      : null;
  if (!reauth || now.getTime() - reauth.getTime() > window || reauth.getTime() - now.getTime() > 30_000) {
    throw new AppError('UNAUTHENTICATED', {
      detail: 'Cần xác thực lại (mật khẩu hoặc mã OTP) trong vòng 5 phút trước khi ký số',
      detailEn: 'Re-authenticate (password or one-time code) within 5 minutes before signing',
      extra: { reauthenticationRequired: true },
    });
  }
  if (cert.status !== 'active') {
    throw new AppError('INVALID_STATE', {
      detail: cert.status === 'revoked' ? 'Chứng thư số đã bị thu hồi' : 'Chứng thư số đang bị tạm dừng',
      detailEn: `The certificate is ${cert.status}`,
    });
  }
  if (now < cert.notBefore || now > cert.notAfter) {
    throw new AppError('INVALID_STATE', {
      detail: 'Chứng thư số đã hết hạn',
      detailEn: 'The certificate has expired',
    });
  }
  const ca = await ensureProvinceCa(deps);
  const isOrg = cert.kind === 'organisation';
  const defaultLines = isOrg
    ? [cert.agencyName, `Thời gian ký: ${vnIso(now)}`]
    : [cert.holderName, ...(cert.holderTitle ? [cert.holderTitle] : [])];
  const appearance: SignatureAppearance | undefined =
    input.appearance === null
      ? undefined
      : {
          kind: cert.kind,
          rect:
            input.appearance?.rect ??
            (isOrg ? { x: 300, y: 120, width: 200, height: 70 } : { x: 340, y: 140, width: 180, height: 80 }),
          lines: input.appearance?.lines ?? defaultLines,
          ...(input.appearance?.image ? { image: input.appearance.image } : {}),
          ...(input.appearance?.pageIndex !== undefined ? { pageIndex: input.appearance.pageIndex } : {}),
        };
  let signed: Uint8Array;
  try {
    signed = await signPdfPades({
      pdf: input.pdf,
      provider: deps.signer,
      keyHandle: cert.keyHandle,
      certificate: new x509.X509Certificate(Buffer.from(cert.certificateDer, 'base64')).rawData,
      chain: [ca.issuing.certificate.rawData, ca.root.certificate.rawData],
      timestamper: localTimestamper(await tsaConfigOf(deps)),
      field: {
        name: isOrg ? cert.agencyName : cert.holderName,
        reason: input.reason ?? (isOrg ? 'Phát hành văn bản' : 'Ký duyệt'),
        location: input.location ?? 'Trà Vinh',
        signingTime: now,
        ...(appearance ? { appearance } : {}),
        ...(deps.fontPath ? { fontPath: deps.fontPath } : {}),
      },
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Không đọc được tệp PDF để ký',
      detailEn: 'The PDF could not be prepared for signing',
      cause: e,
    });
  }
  const level = input.level ?? 'B-T';
  if (level === 'B-LT') {
    // Every earlier signature of ours gets its validation data too (one DSS update for the document).
    const extended = await appendOurValidationData({ deps, ctx, ca, pdf: signed });
    if (!extended) throw new Error('B-LT: the new signature was not found');
    signed = extended.pdf;
  }
  await deps.db.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: 'pki.pdf.sign',
      objectType: 'certificate',
      objectId: cert.id,
      agencyId: cert.agencyId,
      summary: { serialNumber: cert.serialNumber, kind: cert.kind, bytes: signed.length, level },
    });
  });
  return {
    pdf: signed,
    certificateId: cert.id,
    serialNumber: cert.serialNumber,
    signedAt: now.toISOString(),
    level,
  };
}
