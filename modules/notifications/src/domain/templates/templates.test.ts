import { NOTIFICATION_TEMPLATES as QUEUE_TEMPLATES } from '@openprovince/jobs';
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_TEMPLATES } from '../../contracts/index.ts';
import { isGsm7, smsSizing, toGsm7Text } from './gsm7.ts';
import { renderEmail, renderSms } from './templates.ts';

const DATA = {
  dossierCode: '000.00.12.H60-210205-0001',
  procedureName: 'Cấp giấy phép xây dựng đối với công trình không theo tuyến',
  applicantName: 'Nguyễn Thị Ánh',
  dueAtText: '16:40 17/02/2021',
  newDueAtText: '16:40 24/02/2021',
  deadlineText: '17:00 26/02/2021',
  reason: 'Thiếu bản sao giấy chứng nhận quyền sử dụng đất có chứng thực',
  amount: 150000,
  paymentCode: 'DVC7K2M9Q4X1A',
  pickupPlace: 'Bộ phận Một cửa tỉnh',
  lookupUrl: 'https://dvc.example.gov.vn/hs/0001',
};

describe('template names', () => {
  it('are the same in the browser-safe contracts as in the notifications.send queue producers use', () => {
    expect([...NOTIFICATION_TEMPLATES]).toEqual([...QUEUE_TEMPLATES]);
  });
});

describe('GSM-7 text', () => {
  it('drops Vietnamese diacritics, keeps letter case, maps typography', () => {
    expect(toGsm7Text('Đã tiếp nhận hồ sơ – “Nguyễn Thị Ánh”… 150.000₫')).toBe(
      'Da tiep nhan ho so - "Nguyen Thi Anh"... 150.000d',
    );
    expect(isGsm7(toGsm7Text('Ỷ Ừ ẵ ự Ở 😀'))).toBe(true);
  });

  it('counts segments: 160 septets in one GSM-7 SMS, 70 in UCS-2, extension characters twice', () => {
    expect(smsSizing('a'.repeat(160))).toEqual({ encoding: 'gsm7', length: 160, segments: 1 });
    expect(smsSizing('a'.repeat(161)).segments).toBe(2);
    expect(smsSizing('[]'.repeat(40)).length).toBe(160);
    expect(smsSizing('ă'.repeat(70))).toEqual({ encoding: 'ucs2', length: 70, segments: 1 });
    expect(smsSizing('ă'.repeat(71)).segments).toBe(2);
  });
});

const DOSSIER_TEMPLATES = NOTIFICATION_TEMPLATES.filter((t) => t.startsWith('dossier.'));

describe('notification templates', () => {
  it.each(DOSSIER_TEMPLATES)('%s: SMS without diacritics, one GSM-7 segment (≤ 160)', (template) => {
    const sms = renderSms(template, DATA);
    expect(sms.encoding).toBe('gsm7');
    expect(isGsm7(sms.text)).toBe(true);
    expect(sms.length).toBeLessThanOrEqual(160);
    expect(sms.segments).toBe(1);
    expect(sms.text).toContain(DATA.dossierCode);
  });

  it.each(DOSSIER_TEMPLATES)('%s: e-mail in Vietnamese with English alongside', (template) => {
    const mail = renderEmail(template, DATA);
    expect(mail.subject).toContain(DATA.dossierCode);
    expect(mail.subject).toMatch(/ \/ /);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain('Kính gửi ông/bà Nguyễn Thị Ánh');
    expect(mail.text).toContain('— English —');
    expect(mail.html).toContain('lang="vi"');
  });

  it('identity.already-registered: tells the owner nothing changed and how to get back in, in one SMS', () => {
    const sms = renderSms('identity.already-registered', { applicantName: 'Nguyễn Thị Ánh' });
    expect(sms).toMatchObject({ encoding: 'gsm7', segments: 1 });
    expect(sms.text).toContain('VNeID');
    const mail = renderEmail('identity.already-registered', { applicantName: 'Nguyễn Thị Ánh' });
    expect(mail.text).toContain('Kính gửi ông/bà Nguyễn Thị Ánh');
    expect(mail.text).toContain('tài khoản của ông/bà giữ nguyên');
    expect(mail.text).toContain('Bộ phận Một cửa');
    expect(mail.text).toContain('your account, and its password, are unchanged');
  });

  it('accepted: says when the result is due, in both languages', () => {
    const mail = renderEmail('dossier.accepted', DATA);
    expect(mail.subject).toBe(
      'Hồ sơ 000.00.12.H60-210205-0001 đã được tiếp nhận / Dossier 000.00.12.H60-210205-0001 accepted',
    );
    expect(mail.text).toContain('Ngày hẹn trả kết quả: 16:40 17/02/2021');
    expect(mail.text).toContain('The result is due on 16:40 17/02/2021');
    expect(renderSms('dossier.accepted', DATA).text).toBe(
      'Ho so 000.00.12.H60-210205-0001 da duoc tiep nhan. Hen tra ket qua: 16:40 17/02/2021. Tra cuu: https://dvc.example.gov.vn/hs/0001',
    );
  });

  it('payment: the amount in Vietnamese format and the transfer content', () => {
    expect(renderSms('dossier.payment-requested', DATA).text).toContain(
      'nop phi 150.000 dong. ND chuyen khoan: DVC7K2M9Q4X1A.',
    );
    expect(renderEmail('dossier.payment-requested', DATA).text).toContain('150.000 đồng');
  });

  it('a long reason is shortened and the optional link dropped, so the SMS stays one segment', () => {
    const sms = renderSms('dossier.refused', {
      ...DATA,
      reason: 'Hồ sơ không thuộc thẩm quyền. '.repeat(10),
    });
    expect(sms.length).toBeLessThanOrEqual(160);
    expect(sms.text).toMatch(/\.\.\.$/);
    expect(sms.text).not.toContain('Tra cuu');
    expect(renderEmail('dossier.refused', { ...DATA, reason: 'x'.repeat(300) }).text).toContain(
      'x'.repeat(300),
    );
  });

  it('keeps diacritics when asked (UCS-2)', () => {
    const sms = renderSms('dossier.returned', { dossierCode: 'HS-1' }, { unicode: true });
    expect(sms.text).toBe('Hồ sơ HS-1 đã trả kết quả. Cảm ơn ông/bà.');
    expect(sms.encoding).toBe('ucs2');
  });

  it('tells an online result (download link) from a paper one (the counter), on return and when ready', () => {
    const online = {
      dossierCode: 'HS-1',
      resultDelivery: 'online',
      resultUrl: 'https://dvc.example.gov.vn/my-dossiers/1',
    };
    const paper = {
      dossierCode: 'HS-1',
      resultDelivery: 'paper',
      pickupPlace: 'Bộ phận Tiếp nhận và Trả kết quả – Sở TT&TT',
    };
    const returnedOnline = renderEmail('dossier.returned', online).text;
    expect(returnedOnline).toContain('đã được trả trực tuyến');
    expect(returnedOnline).toContain('https://dvc.example.gov.vn/my-dossiers/1');
    expect(returnedOnline).not.toMatch(/Bộ phận|nhận tại/);
    const returnedPaper = renderEmail('dossier.returned', paper).text;
    expect(returnedPaper).toContain('là bản giấy, nhận tại Bộ phận Tiếp nhận và Trả kết quả – Sở TT&TT');
    expect(returnedPaper).not.toContain('trực tuyến');
    expect(renderSms('dossier.returned', online, { unicode: true }).text).toContain('trả kết quả trực tuyến');
    expect(renderSms('dossier.returned', paper, { unicode: true }).text).toContain(
      'nhận tại Bộ phận Một cửa',
    );
    const readyOnline = renderEmail('dossier.result-ready', { ...online, pickupPlace: 'không dùng' }).text;
    expect(readyOnline).toContain('Kết quả được trả trực tuyến');
    expect(readyOnline).not.toContain('không dùng');
    expect(renderEmail('dossier.result-ready', paper).text).toContain('Nơi nhận kết quả: Bộ phận Tiếp nhận');
  });

  it('refuses an unknown template or missing data', () => {
    expect(() => renderEmail('dossier.exploded', DATA)).toThrow(/No notification template|Không có mẫu/);
    expect(() => renderSms('dossier.accepted', { dossierCode: 'HS-1' })).toThrow(/dueAtText/);
  });

  it('no header injection through the data', () => {
    const mail = renderEmail('dossier.received', { dossierCode: 'HS-1\r\nBcc: evil@example.com' });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).not.toContain('<script>');
    expect(renderEmail('dossier.received', { dossierCode: '<script>x</script>' }).html).toContain(
      '&lt;script&gt;',
    );
  });
});
