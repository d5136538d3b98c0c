import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../ui/format.ts';
import {
  dateThenTime,
  documentReasons,
  documentVerdict,
  parseDistinguishedName,
  pdfDateToIso,
  presentSignature,
  type SignatureInput,
} from './signature-report.ts';

const PASSED: SignatureInput = {
  indication: 'PASSED',
  subIndication: null,
  reasons: [],
  signerName: 'Nguyễn Văn An',
  signerSubject: 'CN=Nguyễn Văn An, O=Sở Thông tin và Truyền thông\\, tỉnh Trà Vinh, C=VN',
  serialNumber: '0A1B',
  claimedSigningTime: '2026-11-28T01:00:00.000Z',
  timestampTime: '2026-11-28T01:02:00.000Z',
};

describe('parseDistinguishedName', () => {
  it('honours escaped commas and quotes', () => {
    const dn = parseDistinguishedName('CN=A, O="B, C", OU=D\\, E, C=VN');
    expect(dn.get('O')).toEqual(['B, C']);
    expect(dn.get('OU')).toEqual(['D, E']);
    expect(dn.get('C')).toEqual(['VN']);
  });
});

describe('presentSignature', () => {
  it('reads a valid signature: signer, organisation, proven time, not modified', () => {
    const p = presentSignature(PASSED);
    expect(p).toMatchObject({
      signer: 'Nguyễn Văn An',
      organisation: 'Sở Thông tin và Truyền thông, tỉnh Trà Vinh',
      signedAt: '2026-11-28T01:02:00.000Z',
      timeSource: 'timestamp',
      explanation: 'PASSED',
      modified: 'no',
    });
  });

  it('says the document was modified when the hash fails or content was added', () => {
    expect(
      presentSignature({ ...PASSED, indication: 'FAILED', subIndication: 'HASH_FAILURE' }),
    ).toMatchObject({
      explanation: 'HASH_FAILURE',
      modified: 'yes',
    });
    expect(
      presentSignature({
        ...PASSED,
        indication: 'FAILED',
        subIndication: 'MODIFIED_AFTER_SIGNING',
        reasons: [{ code: 'CONTENT_ADDED_AFTER_SIGNING' }],
      }).modified,
    ).toBe('yes');
  });

  it('does not claim a modification for a revoked certificate, and cannot tell for an unreadable signature', () => {
    expect(presentSignature({ ...PASSED, indication: 'FAILED', subIndication: 'REVOKED' }).modified).toBe(
      'no',
    );
    expect(
      presentSignature({ ...PASSED, indication: 'FAILED', subIndication: 'FORMAT_FAILURE' }).modified,
    ).toBe('unknown');
  });

  it('falls back to the subject CN, the claimed time and a generic explanation', () => {
    const p = presentSignature({
      ...PASSED,
      indication: 'INDETERMINATE',
      subIndication: 'SOMETHING_NEW',
      signerName: null,
      timestampTime: null,
    });
    expect(p.signer).toBe('Nguyễn Văn An');
    expect(p.timeSource).toBe('claimed');
    expect(p.signedAt).toBe('2026-11-28T01:00:00.000Z');
    expect(p.explanation).toBe('OTHER_INDETERMINATE');
  });

  it('has no time or organisation when the signature carries none', () => {
    const p = presentSignature({
      ...PASSED,
      signerSubject: null,
      signerName: null,
      claimedSigningTime: 'not a date',
      timestampTime: null,
    });
    expect(p).toMatchObject({ signer: null, organisation: null, signedAt: null, timeSource: null });
  });
});

describe('pdfDateToIso', () => {
  it('reads the PDF date of a signature dictionary, with or without a zone', () => {
    expect(pdfDateToIso("D:20261128135700+07'00'")).toBe('2026-11-28T13:57:00+07:00');
    expect(pdfDateToIso('D:20261128065700Z')).toBe('2026-11-28T06:57:00Z');
    expect(pdfDateToIso('D:2026')).toBe('2026-01-01T00:00:00Z');
    expect(pdfDateToIso('2026-11-28T06:57:00Z')).toBe('2026-11-28T06:57:00Z');
  });

  it('gives the claimed time when the signature has no time-stamp', () => {
    const p = presentSignature({
      ...PASSED,
      timestampTime: null,
      claimedSigningTime: "D:20261128135700+07'00'",
    });
    expect(p).toMatchObject({ signedAt: '2026-11-28T13:57:00+07:00', timeSource: 'claimed' });
  });
});

describe('dateThenTime', () => {
  it('puts the date first, in Vietnam time', () => {
    expect(dateThenTime(formatDateTime('2026-11-28T01:02:00.000Z'))).toBe('28/11/2026 08:02');
  });
});

describe('verdicts per signature and for the document (issue 9, ADR 0008)', () => {
  it('a signature valid for its own revision, with unsigned content added afterwards: valid, and changed after signing', () => {
    expect(presentSignature({ ...PASSED, modifiedAfterSigning: true })).toMatchObject({
      indication: 'PASSED',
      explanation: 'PASSED_CHANGED_AFTER',
      modified: 'yes',
    });
  });

  it('a signed revision that does not open reads as a damaged PDF, not as a damaged signature', () => {
    expect(
      presentSignature({
        ...PASSED,
        indication: 'FAILED',
        subIndication: 'FORMAT_FAILURE',
        reasons: [{ code: 'PDF_STRUCTURE_INVALID' }],
      }).explanation,
    ).toBe('PDF_STRUCTURE_INVALID');
  });

  it('the document: every signature valid but the file changed afterwards is its own verdict; a failed signature is "not valid"', () => {
    const passed = { indication: 'PASSED' as const };
    const failed = { indication: 'FAILED' as const };
    expect(documentVerdict({ indication: 'PASSED', reasons: [], signatures: [passed] })).toBe('PASSED');
    expect(
      documentVerdict({
        indication: 'FAILED',
        reasons: [{ code: 'CONTENT_ADDED_AFTER_SIGNING' }],
        signatures: [passed, passed],
      }),
    ).toBe('CHANGED_AFTER_SIGNING');
    expect(documentVerdict({ indication: 'FAILED', reasons: [], signatures: [passed, failed] })).toBe(
      'FAILED',
    );
    expect(documentVerdict({ indication: 'INDETERMINATE', signatures: [passed] })).toBe('INDETERMINATE');
    expect(
      documentReasons([
        { code: 'PDF_STRUCTURE_INVALID' },
        { code: 'CONTENT_ADDED_AFTER_SIGNING' },
        { code: 'X' },
      ]),
    ).toEqual(['PDF_STRUCTURE_INVALID', 'CONTENT_ADDED_AFTER_SIGNING', 'OTHER']);
  });
});
