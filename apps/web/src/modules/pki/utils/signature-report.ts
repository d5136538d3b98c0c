/**
 * How a PDF signature check reads to people, kept pure so the citizens' page (plain markup) and the
 * officials' workspace show the same words: who signed, for which organisation, when, the result, a
 * plain-language explanation of the ETSI EN 319 102-1 sub-indication, and whether the document was changed
 * after it was signed.
 */
export interface SignatureInput {
  indication: 'PASSED' | 'FAILED' | 'INDETERMINATE';
  subIndication: string | null;
  reasons: readonly { code: string }[];
  signerName: string | null;
  signerSubject: string | null;
  serialNumber: string | null;
  claimedSigningTime: string | null;
  timestampTime: string | null;
  /** Content no valid later signature covers was added after this signature (its own verdict stands). */
  modifiedAfterSigning?: boolean;
}

/** Sub-indications with their own explanation; anything else reads as a generic one for the result. */
export const EXPLAINED = [
  'HASH_FAILURE',
  'MODIFIED_AFTER_SIGNING',
  'SIG_CRYPTO_FAILURE',
  'FORMAT_FAILURE',
  'CRYPTO_CONSTRAINTS_FAILURE',
  'SIG_CONSTRAINTS_FAILURE',
  'CHAIN_CONSTRAINTS_FAILURE',
  'NO_SIGNING_CERTIFICATE_FOUND',
  'NO_CERTIFICATE_CHAIN_FOUND',
  'OUT_OF_BOUNDS_NO_POE',
  'REVOKED',
  'REVOKED_NO_POE',
  'TRY_LATER',
  'TIMESTAMP_INVALID',
] as const;
export type Explanation =
  | (typeof EXPLAINED)[number]
  | 'PASSED'
  /** Valid for the version the signer signed; unsigned content was added afterwards. */
  | 'PASSED_CHANGED_AFTER'
  /** The signed revision of the file does not open as the signer saw it (a damaged PDF). */
  | 'PDF_STRUCTURE_INVALID'
  | 'OTHER_FAILED'
  | 'OTHER_INDETERMINATE';

/** Was the document changed after this signature? "unknown" when the signature itself cannot be read. */
export type Modified = 'yes' | 'no' | 'unknown';

export interface SignaturePresentation {
  signer: string | null;
  organisation: string | null;
  /** ISO instant; the time-stamp's when there is one (proven), else the time the signer's device claimed. */
  signedAt: string | null;
  timeSource: 'timestamp' | 'claimed' | null;
  indication: SignatureInput['indication'];
  explanation: Explanation;
  modified: Modified;
  serialNumber: string | null;
}

/** Splits an RFC 4514 name ("CN=A, O=B\, C, C=VN") into attribute → values, honouring escapes and quotes. */
export function parseDistinguishedName(name: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = '';
  let quoted = false;
  const parts: string[] = [];
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    if (ch === '\\' && i + 1 < name.length) {
      current += name[i + 1];
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if ((ch === ',' || ch === ';' || ch === '+') && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim().toUpperCase();
    const value = part.slice(eq + 1).trim();
    if (!value) continue;
    out.set(key, [...(out.get(key) ?? []), value]);
  }
  return out;
}

const validInstant = (v: string | null) => (v && !Number.isNaN(new Date(v).getTime()) ? v : null);

/**
 * A PDF date (ISO 32000 §7.9.4, "D:20261128135700+07'00'", the signature's /M) as an ISO instant; other
 * texts pass through unchanged. Missing parts default as the standard says (month and day 01, time 00, UTC).
 */
export function pdfDateToIso(value: string): string {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?$/.exec(
    value.trim(),
  );
  if (!m) return value;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00', , sign, oh, om = '00'] = m;
  const zone = sign && oh ? `${sign}${oh}:${om}` : 'Z';
  return `${y}-${mo}-${d}T${h}:${mi}:${se}${zone}`;
}

const MODIFIED_CODES = new Set(['HASH_FAILURE', 'MODIFIED_AFTER_SIGNING']);
const UNREADABLE = new Set(['FORMAT_FAILURE', 'SIG_CRYPTO_FAILURE', 'NO_SIGNING_CERTIFICATE_FOUND']);

export function presentSignature(s: SignatureInput): SignaturePresentation {
  const dn = s.signerSubject ? parseDistinguishedName(s.signerSubject) : new Map<string, string[]>();
  const sub = s.subIndication;
  const changedAfter =
    s.modifiedAfterSigning === true || s.reasons.some((r) => r.code === 'CONTENT_ADDED_AFTER_SIGNING');
  let explanation: Explanation;
  if (s.indication === 'PASSED') explanation = changedAfter ? 'PASSED_CHANGED_AFTER' : 'PASSED';
  else if (s.reasons.some((r) => r.code === 'PDF_STRUCTURE_INVALID')) explanation = 'PDF_STRUCTURE_INVALID';
  else if (sub && (EXPLAINED as readonly string[]).includes(sub)) explanation = sub as Explanation;
  else explanation = s.indication === 'FAILED' ? 'OTHER_FAILED' : 'OTHER_INDETERMINATE';
  let modified: Modified = 'no';
  if ((sub && MODIFIED_CODES.has(sub)) || changedAfter) modified = 'yes';
  else if (sub && UNREADABLE.has(sub)) modified = 'unknown';
  const proven = validInstant(s.timestampTime);
  const claimed = validInstant(s.claimedSigningTime ? pdfDateToIso(s.claimedSigningTime) : null);
  return {
    signer: s.signerName ?? dn.get('CN')?.[0] ?? null,
    organisation: dn.get('O')?.join(', ') ?? null,
    signedAt: proven ?? claimed,
    timeSource: proven ? 'timestamp' : claimed ? 'claimed' : null,
    indication: s.indication,
    explanation,
    modified,
    serialNumber: s.serialNumber,
  };
}

/**
 * The document-level verdict as people read it (ADR 0008): "all valid", "a signature is not valid", "the
 * signatures are valid but the file was changed or damaged afterwards" (every signature PASSED, the document
 * FAILED by its own reasons), "not established".
 */
export type DocumentVerdict = 'PASSED' | 'FAILED' | 'CHANGED_AFTER_SIGNING' | 'INDETERMINATE';

export function documentVerdict(report: {
  indication: SignatureInput['indication'];
  reasons?: readonly { code: string }[];
  signatures: readonly Pick<SignatureInput, 'indication'>[];
}): DocumentVerdict {
  if (report.indication !== 'FAILED') return report.indication;
  const signatureFailed = report.signatures.some((s) => s.indication === 'FAILED');
  return !signatureFailed && (report.reasons?.length ?? 0) > 0 ? 'CHANGED_AFTER_SIGNING' : 'FAILED';
}

/** Document-level reason codes with their own wording; others read as the generic failure. */
export const DOCUMENT_REASONS = ['CONTENT_ADDED_AFTER_SIGNING', 'PDF_STRUCTURE_INVALID'] as const;

export type DocumentReason = (typeof DOCUMENT_REASONS)[number] | 'OTHER';

export function documentReasons(reasons: readonly { code: string }[] | undefined): DocumentReason[] {
  const known = (code: string): code is (typeof DOCUMENT_REASONS)[number] =>
    (DOCUMENT_REASONS as readonly string[]).includes(code);
  return [...new Set((reasons ?? []).map((r): DocumentReason => (known(r.code) ? r.code : 'OTHER')))];
}

/** dd/mm/yyyy HH:mm from the "HH:mm dd/mm/yyyy" the shared formatter gives (slips put the time first). */
export function dateThenTime(formattedTimeFirst: string): string {
  const [time, date] = formattedTimeFirst.split(' ');
  return date && time ? `${date} ${time}` : formattedTimeFirst;
}
