import { describe, expect, it } from 'vitest';
import { certificateEvents, derFromPem, fileBaseName } from './certificate.ts';

describe('certificateEvents', () => {
  it('lists issue, suspension and revocation in time order with the reason', () => {
    expect(
      certificateEvents({
        issuedAt: '2026-01-01T00:00:00Z',
        suspendedAt: null,
        revokedAt: '2026-03-01T00:00:00Z',
        revocationReason: 'keyCompromise',
      }),
    ).toEqual([
      { kind: 'issued', at: '2026-01-01T00:00:00Z' },
      { kind: 'revoked', at: '2026-03-01T00:00:00Z', reason: 'keyCompromise' },
    ]);
    expect(
      certificateEvents({
        issuedAt: '2026-01-01T00:00:00Z',
        suspendedAt: '2026-02-01T00:00:00Z',
        revokedAt: null,
        revocationReason: null,
      }).map((e) => e.kind),
    ).toEqual(['issued', 'suspended']);
  });
});

describe('derFromPem', () => {
  it('decodes the base64 body and refuses a text without a certificate', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\nAAEC\n-----END CERTIFICATE-----\n';
    expect([...derFromPem(pem)]).toEqual([0x30, 0x82, 0x01, 0x00, 0x01, 0x02]);
    expect(() => derFromPem('hello')).toThrow();
  });
});

describe('fileBaseName', () => {
  it('folds the holder and keeps the serial in hex', () => {
    expect(fileBaseName({ holderName: 'Đặng Quốc Huy', serialNumber: '0A:1B:2C' })).toBe(
      'dang-quoc-huy-0a1b2c',
    );
  });
});
