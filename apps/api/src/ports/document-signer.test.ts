import type { TSignatureReport } from '@openprovince/pki/contracts';
import { describe, expect, it } from 'vitest';
import { verificationLines } from './document-signer.ts';

const signature = (over: Partial<TSignatureReport>): TSignatureReport => ({
  fieldName: 'Signature1',
  indication: 'PASSED',
  subIndication: null,
  reasons: [],
  signerName: 'Nguyễn Văn An',
  signerSubject: null,
  serialNumber: null,
  claimedSigningTime: null,
  timestampTime: null,
  level: 'B-T',
  coversWholeDocument: false,
  modifiedAfterSigning: false,
  hash: 'SHA-256',
  ...over,
});

describe('verificationLines (the incoming document shows a verdict per signature)', () => {
  it('lists what fails the document, then each signature with its own verdict and why, without informational notes', () => {
    const lines = verificationLines({
      indication: 'FAILED',
      validationTime: '2026-11-28T01:00:00.000Z',
      reasons: [{ code: 'CONTENT_ADDED_AFTER_SIGNING', vi: 'Tài liệu đã được bổ sung nội dung', en: '' }],
      signatures: [
        signature({
          modifiedAfterSigning: true,
          reasons: [
            { code: 'LATER_REVISIONS_SIGNED', vi: 'Các phần bổ sung được chữ ký sau bao phủ', en: '' },
            { code: 'CONTENT_ADDED_AFTER_SIGNING', vi: 'Tài liệu đã bị thay đổi sau khi ký', en: '' },
          ],
        }),
        signature({
          fieldName: 'Signature2',
          indication: 'FAILED',
          subIndication: 'HASH_FAILURE',
          signerName: null,
          reasons: [{ code: 'HASH_FAILURE', vi: 'Nội dung đã bị thay đổi sau khi ký', en: '' }],
        }),
      ],
    });
    expect(lines).toEqual([
      'Tài liệu đã được bổ sung nội dung',
      'Chữ ký số thứ 1 (Nguyễn Văn An): hợp lệ — Tài liệu đã bị thay đổi sau khi ký',
      'Chữ ký số thứ 2 (không rõ người ký): không hợp lệ — Nội dung đã bị thay đổi sau khi ký',
    ]);
  });
});
