import { describe, expect, it } from 'vitest';
import { generateExchangeKeys } from '../../deps.ts';
import {
  buildDocumentEdxml,
  buildStatusEdxml,
  type EdxmlDocument,
  edxmlTimestamp,
  parseEdxml,
  parseEdxmlTimestamp,
} from './edxml.ts';
import { signEdxml, verifyEdxml } from './edxml-signature.ts';

const keys = generateExchangeKeys();
const at = new Date('2021-11-17T02:15:30Z');
const doc: EdxmlDocument = {
  from: { organId: '000.00.00.H59', organName: 'Ủy ban nhân dân tỉnh Trà Vinh' },
  to: [{ organId: '000.00.11.H59', organName: 'Sở Thông tin và Truyền thông' }],
  documentId: '8a0c6c57-8d3c-4a43-9d87-2b2f1f4d5e01',
  code: { number: '97', notation: 'KH-UBND' },
  promulgation: { place: 'Trà Vinh', date: '2021-11-17' },
  documentType: { type: 1, typeName: 'KH' },
  subject: 'Triển khai thực hiện chuyển đổi số & <an toàn> thông tin',
  signer: { competence: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', fullName: 'Nguyễn Văn Phó' },
  toPlaces: ['Sở Thông tin và Truyền thông'],
  priority: 1,
  steeringType: 0,
  trace: [{ organId: '000.00.00.H59', timestamp: at }],
  business: { docType: 0, replaces: [] },
  staff: { department: '', staff: '', email: '' },
  attachments: [
    {
      contentId: 'a.pdf',
      contentType: 'application/pdf',
      name: 'KH97.pdf',
      data: Buffer.from('%PDF-1.7 nội dung'),
    },
  ],
  sphereOfPromulgation: '',
  typerNotation: '',
  promulgationAmount: 1,
  pageAmount: 1,
};

describe('edXML (QCVN 102:2016)', () => {
  it('timestamps are yyyy/MM/dd HH:mm:ss in Vietnam time', () => {
    expect(edxmlTimestamp(at)).toBe('2021/11/17 09:15:30');
    expect(parseEdxmlTimestamp('2021/11/17 09:15:30')).toEqual(at);
  });

  it('writes and reads back a document package', () => {
    const parsed = parseEdxml(buildDocumentEdxml(doc));
    expect(parsed.kind).toBe('document');
    if (parsed.kind !== 'document') return;
    expect(parsed.document).toEqual({
      ...doc,
      content: undefined,
      dueDate: undefined,
      signer: doc.signer,
    } as never);
  });

  it('signs with XML-DSig and verifies; a tampered package or an untrusted key fails', () => {
    const signed = signEdxml(buildDocumentEdxml(doc), keys);
    expect(signed).toContain('<Signature xmlns="http://www.w3.org/2000/09/xmldsig#">');
    expect(verifyEdxml(signed, [keys.publicKeyPem])).toEqual({ valid: true, reasons: [] });
    expect(
      verifyEdxml(signed.replace('97</edXML:CodeNumber>', '98</edXML:CodeNumber>'), [keys.publicKeyPem])
        .valid,
    ).toBe(false);
    const b64 = doc.attachments[0]!.data.toString('base64');
    const other = Buffer.from('%PDF-1.7 nội dung khác').toString('base64');
    expect(verifyEdxml(signed.replace(b64, other), [keys.publicKeyPem]).valid).toBe(false);
    expect(verifyEdxml(signed, [generateExchangeKeys().publicKeyPem]).valid).toBe(false);
    expect(verifyEdxml(buildDocumentEdxml(doc), [keys.publicKeyPem]).valid).toBe(false);
  });

  it('writes and reads a status message', () => {
    const xml = signEdxml(
      buildStatusEdxml({
        responseFor: {
          organId: '000.00.00.H59',
          code: '97/KH-UBND',
          documentId: doc.documentId,
          promulgationDate: '2021-11-17',
        },
        from: { organId: '000.00.11.H59', organName: 'Sở TT&TT' },
        statusCode: '03',
        description: 'Đã vào sổ',
        timestamp: at,
        staff: { department: '', staff: 'Văn thư' },
      }),
      keys,
    );
    expect(verifyEdxml(xml, [keys.publicKeyPem]).valid).toBe(true);
    const parsed = parseEdxml(xml);
    expect(parsed.kind === 'status' && parsed.status.statusCode).toBe('03');
    expect(parsed.kind === 'status' && parsed.status.responseFor.code).toBe('97/KH-UBND');
  });
});
