import { describe, expect, it } from 'vitest';
import { crc16CcittFalse, emvField, hasValidCrc, parseEmv } from './emv.ts';
import { buildVietQrPayload, toTransferContent } from './vietqr.ts';

/** An independent CRC-16/CCITT-FALSE, bit by bit (no table), to check the module's table-driven one. */
function referenceCrc(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
      crc &= 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

describe('CRC-16/CCITT-FALSE', () => {
  it('gives the catalogue check value for "123456789" (0x29B1)', () => {
    expect(referenceCrc('123456789')).toBe('29B1');
    expect(crc16CcittFalse('123456789')).toBe('29B1');
    expect(crc16CcittFalse('')).toBe('FFFF');
  });

  it('agrees with the bitwise reference on arbitrary text', () => {
    for (const s of ['A', '00020101021138', 'Tiếng Việt', 'x'.repeat(500)]) {
      expect(crc16CcittFalse(s)).toBe(referenceCrc(s));
    }
  });
});

describe('VietQR payload (NAPAS 247, EMVCo MPM)', () => {
  it('builds the dynamic code field by field, with the CRC over everything before it', () => {
    const payload = buildVietQrPayload({
      bin: '970436',
      accountNumber: '0011000000001',
      amount: 150000,
      purpose: 'DVC7K2M9Q4X1A',
    });
    // Assembled by hand from the NAPAS VietQR layout.
    const body =
      '000201' + // payload format indicator
      '010212' + // point of initiation: 12 = dynamic (amount fixed)
      '3857' + // merchant account information (VietQR), 57 characters:
      '0010A000000727' + //   GUID
      '0127' + //   beneficiary organisation, 27 characters:
      '0006970436' + //     BIN
      '01130011000000001' + //     account number
      '0208QRIBFTTA' + //   service: transfer to an account
      '5303704' + // currency: VND
      '5406150000' + // amount
      '5802VN' + // country
      '6217' + // additional data, 17 characters:
      '0813DVC7K2M9Q4X1A' + //   purpose of transaction (transfer content)
      '6304';
    expect(payload).toBe(body + referenceCrc(body));
    expect(hasValidCrc(payload)).toBe(true);
    expect(hasValidCrc(`${payload.slice(0, 40)}9${payload.slice(41)}`)).toBe(false);
  });

  it('parses back into its tags', () => {
    const payload = buildVietQrPayload({
      bin: '970415',
      accountNumber: '113366668888',
      amount: 5000,
      purpose: 'HS 0001',
    });
    const tags = parseEmv(payload);
    expect(tags.get('01')).toBe('12');
    expect(tags.get('53')).toBe('704');
    expect(tags.get('54')).toBe('5000');
    expect(tags.get('58')).toBe('VN');
    const merchant = parseEmv(tags.get('38')!);
    expect(merchant.get('00')).toBe('A000000727');
    expect(merchant.get('02')).toBe('QRIBFTTA');
    expect(Object.fromEntries(parseEmv(merchant.get('01')!))).toEqual({
      '00': '970415',
      '01': '113366668888',
    });
    expect(parseEmv(tags.get('62')!).get('08')).toBe('HS 0001');
  });

  it('a static code (no amount) has point of initiation 11 and no tag 54', () => {
    const tags = parseEmv(buildVietQrPayload({ bin: '970436', accountNumber: '123' }));
    expect(tags.get('01')).toBe('11');
    expect(tags.has('54')).toBe(false);
    expect(tags.has('62')).toBe(false);
  });

  it('transfer content: ASCII, no punctuation, at most 25 characters', () => {
    expect(toTransferContent('Nộp phí hồ sơ 000.00.12.H60-210205-0001')).toBe('Nop phi ho so 000 00 12 H');
    expect(toTransferContent('Đăng ký')).toBe('Dang ky');
  });

  it('refuses bad input', () => {
    expect(() => buildVietQrPayload({ bin: '97043', accountNumber: '1' })).toThrow(/BIN/);
    expect(() => buildVietQrPayload({ bin: '970436', accountNumber: '1', amount: 1.5 })).toThrow(/amount/);
    expect(() => buildVietQrPayload({ bin: '970436', accountNumber: '1', amount: 0 })).toThrow(/amount/);
    expect(() => emvField('1', 'x')).toThrow();
  });
});
