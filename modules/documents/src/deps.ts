import { generateKeyPairSync } from 'node:crypto';
import type { Db } from '@openprovince/db';
import { createIdentityDeps, proveReauthentication, verifyReauthProof } from '@openprovince/identity';
import { AppError, type OfficialActor, type RequestContext } from '@openprovince/platform';
import type { ReauthProofs } from '@openprovince/platform/module';
import { systemNow } from '@openprovince/platform/time';
import type { FileStorage } from '@openprovince/storage';

/** How a signature is shown on the page (Decree 30/2020 Appendix I; Circular 01/2019/TT-BNV). */
export interface SignatureAppearance {
  kind: 'personal' | 'organisation';
  /** Name of the signer or of the organisation. */
  name: string;
  /** Position line, e.g. "PHÓ CHỦ TỊCH", with the mode prefix ("KT. CHỦ TỊCH"). */
  position?: string;
  signMode?: string;
  /** The number/symbol printed by the organisation signature (văn thư). */
  numberSymbol?: string;
  /** Where on the first page; the real signer decides the exact box. */
  placement?: 'signature-block' | 'top-right';
  reason?: string;
}

export interface PdfSignatureInfo {
  kind: 'personal' | 'organisation' | 'unknown';
  signerName: string;
  certificateSerial?: string;
  signedAt?: string;
  valid: boolean;
}

/**
 * The port to digital signing (implemented by @openprovince/pki, wired by the composition root). The
 * documents module never sees a private key: it hands over the PDF and the certificate to use.
 */
export interface DocumentSigner {
  signPdf(input: {
    pdf: Buffer;
    certificateId: string;
    actor: OfficialActor;
    /** Identity's proof of the signer's fresh re-authentication, passed on to the signer to verify. */
    reauthProof: string;
    appearance: SignatureAppearance;
    /**
     * The caller's open transaction, when it signs inside one (issuing: the number and the organisation
     * signature commit together). The signer must do its own reads and writes in it: on a single-connection
     * database (PGlite) a second handle would wait for this transaction for ever.
     */
    db?: Db;
  }): Promise<Buffer>;
  verifyPdf(
    pdf: Buffer,
    options?: { db?: Db },
  ): Promise<{
    result: 'PASSED' | 'FAILED' | 'INDETERMINATE';
    reasons: string[];
    signatures: PdfSignatureInfo[];
  }>;
}

/** The key the platform signs edXML packages with (XML-DSig), and keys of outside exchanges it trusts. */
export interface ExchangeKeys {
  privateKeyPem: string;
  /** Public key (SPKI PEM) or certificate published with the platform's packages. */
  publicKeyPem: string;
  /** Public keys/certificates of outside systems (LGSP, national axis) whose packages are accepted. */
  trusted?: string[];
}

export interface DocumentDeps {
  db: Db;
  storage: FileStorage;
  signer: DocumentSigner;
  now: () => Date;
  exchange: ExchangeKeys;
  /** Identity's re-authentication proofs: made when the official types the password again, checked to sign. */
  reauth: ReauthProofs;
  /** Place printed in PromulgationInfo/Place and "…, ngày … tháng … năm …". */
  place: string;
}

/** A fresh RSA key pair for the edXML signature (tests, development). Production keeps one in config. */
export function generateExchangeKeys(): ExchangeKeys {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * Re-authentication through identity's door when no port is given (module tests): the password (and TOTP
 * for administrators) is checked by identity's `logIn`, and the proof is signed with a key of this process.
 */
export function identityReauthProofs(db: Db, now: () => Date): ReauthProofs {
  const identity = createIdentityDeps({ db, grants: [], now });
  return {
    prove: (ctx, input) => proveReauthentication(identity, ctx, input),
    verify: (proof, input) => verifyReauthProof(identity, proof, input),
  };
}

export function createDocumentDeps(input: {
  db: Db;
  storage: FileStorage;
  signer: DocumentSigner;
  now?: () => Date;
  exchange?: ExchangeKeys;
  reauth?: ReauthProofs;
  place?: string;
}): DocumentDeps {
  const now = input.now ?? systemNow;
  return {
    db: input.db,
    storage: input.storage,
    signer: input.signer,
    now,
    exchange: input.exchange ?? generateExchangeKeys(),
    reauth: input.reauth ?? identityReauthProofs(input.db, now),
    place: input.place ?? 'Trà Vinh',
  };
}

/** Signing needs a fresh re-authentication: at most five minutes old. */
export const REAUTHENTICATION_WINDOW_MS = 5 * 60_000;

/**
 * The proof must be identity's, name the official acting, and be fresh: another official's proof, a
 * tampered one and an expired one are all refused alike (401).
 */
export function assertFreshReauthentication(deps: DocumentDeps, ctx: RequestContext, proof: string): void {
  const at =
    ctx.actor.kind === 'official' ? deps.reauth.verify(proof, { officialId: ctx.actor.userId }) : null;
  const age = at ? deps.now().getTime() - at.getTime() : Number.NaN;
  if (!(age >= -60_000 && age <= REAUTHENTICATION_WINDOW_MS)) {
    throw new AppError('UNAUTHENTICATED', {
      detail: 'Ký số cần nhập lại mật khẩu (trong vòng 5 phút)',
      detailEn: 'Signing needs the password again (within 5 minutes)',
    });
  }
}
