import { crc16CcittFalse, emvField } from './emv.ts';

/** NAPAS's globally unique identifier for VietQR (tag 38, sub-tag 00). */
export const VIETQR_GUID = 'A000000727';
/** Transfer to an account number (QRIBFTTC would be to a card number). */
export const VIETQR_SERVICE_ACCOUNT = 'QRIBFTTA';

export interface VietQrInput {
  /** The beneficiary bank's six-digit BIN (Vietcombank 970436, VietinBank 970415, BIDV 970418 …). */
  bin: string;
  accountNumber: string;
  /** VND, whole đồng. Present → a dynamic QR (point of initiation 12), the amount is fixed in the code. */
  amount?: number;
  /** Transfer content, tag 62 sub-tag 08 (purpose of transaction): the payment code we reconcile by. */
  purpose?: string;
}

/**
 * Transfer content as banks carry it: ASCII letters, digits and spaces, at most 25 characters (the EMV
 * limit of a tag-62 sub-field). Banks strip anything else, and reconciliation must match what they keep.
 */
export function toTransferContent(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 25);
}

export function buildVietQrPayload(input: VietQrInput): string {
  if (!/^\d{6}$/.test(input.bin)) throw new Error('VietQR: the bank BIN has six digits');
  if (!/^[0-9A-Za-z]{1,19}$/.test(input.accountNumber)) throw new Error('VietQR: invalid account number');
  if (input.amount !== undefined && (!Number.isSafeInteger(input.amount) || input.amount <= 0)) {
    throw new Error('VietQR: the amount is a positive whole number of đồng');
  }
  const purpose = input.purpose === undefined ? undefined : toTransferContent(input.purpose);
  const merchantAccount =
    emvField('00', VIETQR_GUID) +
    emvField('01', emvField('00', input.bin) + emvField('01', input.accountNumber)) +
    emvField('02', VIETQR_SERVICE_ACCOUNT);
  const body =
    emvField('00', '01') +
    emvField('01', input.amount !== undefined ? '12' : '11') +
    emvField('38', merchantAccount) +
    emvField('53', '704') +
    (input.amount !== undefined ? emvField('54', String(input.amount)) : '') +
    emvField('58', 'VN') +
    (purpose ? emvField('62', emvField('08', purpose)) : '') +
    '6304';
  return body + crc16CcittFalse(body);
}
