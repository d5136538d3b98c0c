/** What the certificate record tells about its life, oldest first (the API keeps these moments only). */
export interface CertificateEvent {
  kind: 'issued' | 'suspended' | 'revoked';
  at: string;
  reason?: string;
}

export function certificateEvents(c: {
  issuedAt: string;
  suspendedAt: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
}): CertificateEvent[] {
  const events: CertificateEvent[] = [{ kind: 'issued', at: c.issuedAt }];
  if (c.suspendedAt) events.push({ kind: 'suspended', at: c.suspendedAt });
  if (c.revokedAt)
    events.push({
      kind: 'revoked',
      at: c.revokedAt,
      ...(c.revocationReason ? { reason: c.revocationReason } : {}),
    });
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

/** The DER bytes of the first certificate in a PEM text. */
export function derFromPem(pem: string): Uint8Array<ArrayBuffer> {
  const m = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem);
  if (!m) throw new Error('no certificate in PEM');
  const binary = atob(m[1]!.replace(/\s+/g, ''));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** A file name from the holder (accent-free) and the serial: "nguyen-van-an-0a1b2c". */
export function fileBaseName(c: { holderName: string; serialNumber: string }): string {
  const holder = c.holderName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${holder || 'chung-thu-so'}-${c.serialNumber
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '')
    .slice(0, 16)}`;
}
