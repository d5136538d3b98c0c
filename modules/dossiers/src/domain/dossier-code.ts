/**
 * Dossier codes: `<agency code>-<yymmdd>-<sequence>`, e.g. `000.00.12.H59-210205-0007`, the shape the
 * national portal and provincial one-stop systems print on appointment slips: who received it, on which
 * day (Asia/Ho_Chi_Minh) and the day's running number at that agency. Unique because the sequence is
 * drawn per (agency, day) in the receiving transaction (repositories/sequence.repository.ts).
 */
export interface DossierCodeParts {
  agencyCode: string;
  /** Local date of receipt, YYYY-MM-DD. */
  localDate: string;
  sequence: number;
}

const CODE = /^([0-9A-Z.]{1,40})-(\d{2})(\d{2})(\d{2})-(\d{4,6})$/;

export function formatDossierCode(parts: DossierCodeParts): string {
  if (!/^[0-9A-Z.]{1,40}$/.test(parts.agencyCode)) throw new Error(`bad agency code ${parts.agencyCode}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(parts.localDate)) throw new Error(`bad date ${parts.localDate}`);
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > 999_999) {
    throw new Error(`bad sequence ${parts.sequence}`);
  }
  const [y, m, d] = parts.localDate.split('-');
  return `${parts.agencyCode}-${y!.slice(2)}${m}${d}-${String(parts.sequence).padStart(4, '0')}`;
}

export function parseDossierCode(code: string): DossierCodeParts | undefined {
  const m = CODE.exec(code.trim().toUpperCase());
  if (!m) return undefined;
  return { agencyCode: m[1]!, localDate: `20${m[2]}-${m[3]}-${m[4]}`, sequence: Number(m[5]) };
}

export function isDossierCode(code: string): boolean {
  return parseDossierCode(code) !== undefined;
}
