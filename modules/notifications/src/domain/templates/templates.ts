import { AppError, formatNumberVi, nfc } from '@openprovince/platform';
import { NOTIFICATION_TEMPLATES, type NotificationTemplate } from '../../contracts/index.ts';
import { smsSizing, toGsm7Text } from './gsm7.ts';

/**
 * The fields a dossier event carries (`NotificationJob.data` of @openprovince/jobs). Only `dossierCode`
 * is always required; each template names what else it needs.
 */
export interface DossierEventData {
  dossierCode: string;
  procedureName?: string;
  applicantName?: string;
  agencyName?: string;
  /** `HH:mm dd/mm/yyyy` in Asia/Ho_Chi_Minh (as printed on the appointment slip). */
  dueAtText?: string;
  /** The new return date of an apology slip (Decree 61/2018 Art. 19). */
  newDueAtText?: string;
  /** Deadline to supplement the dossier or to pay. */
  deadlineText?: string;
  reason?: string;
  /** Fee in VND (integer). */
  amount?: number;
  /** The transfer content / payment code to quote when paying. */
  paymentCode?: string;
  /** Where the result is collected. */
  pickupPlace?: string;
  lookupUrl?: string;
  /** How the result reaches the applicant: a file to download online, or paper at the counter. */
  resultDelivery?: 'online' | 'paper';
  /** Where an online result is downloaded. */
  resultUrl?: string;
}

type Data = Record<string, string | number | null | undefined>;

interface SmsPart {
  text: string;
  /** Dropped when the message would exceed one segment. */
  optional?: boolean;
  /** Shortened (with "...") when the required parts alone are too long. */
  truncatable?: boolean;
}

interface TemplateDefinition {
  required: readonly (keyof DossierEventData)[];
  subjectVi: (d: Data) => string;
  subjectEn: (d: Data) => string;
  bodyVi: (d: Data) => string[];
  bodyEn: (d: Data) => string[];
  sms: (d: Data) => SmsPart[];
}

const vnd = (amount: unknown) => `${formatNumberVi(Number(amount))} đồng`;
const vndEn = (amount: unknown) => `VND ${formatNumberVi(Number(amount))}`;
const opt = (value: unknown, text: (v: string) => string): string[] =>
  value === undefined || value === null || value === '' ? [] : [text(String(value))];
const procedure = (d: Data) => opt(d.procedureName, (v) => `Thủ tục: ${v}.`);
const procedureEn = (d: Data) => opt(d.procedureName, (v) => `Procedure: ${v}.`);
const lookup = (d: Data) => opt(d.lookupUrl, (v) => `Tra cứu tình trạng hồ sơ: ${v}`);
const lookupEn = (d: Data) => opt(d.lookupUrl, (v) => `Track the dossier: ${v}`);
const smsLookup = (d: Data): SmsPart[] =>
  d.lookupUrl ? [{ text: ` Tra cứu: ${d.lookupUrl}`, optional: true }] : [];

const TEMPLATES: Record<NotificationTemplate, TemplateDefinition> = {
  'dossier.received': {
    required: ['dossierCode'],
    subjectVi: (d) => `Đã nhận hồ sơ ${d.dossierCode}`,
    subjectEn: (d) => `Dossier ${d.dossierCode} submitted`,
    bodyVi: (d) => [
      `Hồ sơ ${d.dossierCode} của ông/bà đã được gửi thành công và đang chờ cán bộ tiếp nhận kiểm tra.`,
      ...procedure(d),
      ...lookup(d),
    ],
    bodyEn: (d) => [
      `Your dossier ${d.dossierCode} was submitted and is waiting to be checked by the receiving officer.`,
      ...procedureEn(d),
      ...lookupEn(d),
    ],
    sms: (d) => [{ text: `Hồ sơ ${d.dossierCode} đã được gửi, đang chờ tiếp nhận.` }, ...smsLookup(d)],
  },
  'dossier.accepted': {
    required: ['dossierCode', 'dueAtText'],
    subjectVi: (d) => `Hồ sơ ${d.dossierCode} đã được tiếp nhận`,
    subjectEn: (d) => `Dossier ${d.dossierCode} accepted`,
    bodyVi: (d) => [
      `Hồ sơ ${d.dossierCode} đã được tiếp nhận. Ngày hẹn trả kết quả: ${d.dueAtText}.`,
      ...procedure(d),
      ...lookup(d),
    ],
    bodyEn: (d) => [
      `Dossier ${d.dossierCode} was accepted. The result is due on ${d.dueAtText}.`,
      ...procedureEn(d),
      ...lookupEn(d),
    ],
    sms: (d) => [
      { text: `Hồ sơ ${d.dossierCode} đã được tiếp nhận. Hẹn trả kết quả: ${d.dueAtText}.` },
      ...smsLookup(d),
    ],
  },
  'dossier.refused': {
    required: ['dossierCode', 'reason'],
    subjectVi: (d) => `Hồ sơ ${d.dossierCode} không được tiếp nhận`,
    subjectEn: (d) => `Dossier ${d.dossierCode} refused`,
    bodyVi: (d) => [
      `Hồ sơ ${d.dossierCode} không được tiếp nhận.`,
      `Lý do: ${d.reason}`,
      ...procedure(d),
      ...lookup(d),
    ],
    bodyEn: (d) => [
      `Dossier ${d.dossierCode} was not accepted.`,
      `Reason (in Vietnamese): ${d.reason}`,
      ...procedureEn(d),
      ...lookupEn(d),
    ],
    sms: (d) => [
      { text: `Hồ sơ ${d.dossierCode} không được tiếp nhận. Lý do: ` },
      { text: String(d.reason), truncatable: true },
      ...smsLookup(d),
    ],
  },
  'dossier.supplement-requested': {
    required: ['dossierCode', 'reason'],
    subjectVi: (d) => `Hồ sơ ${d.dossierCode} cần bổ sung`,
    subjectEn: (d) => `Dossier ${d.dossierCode}: documents to supplement`,
    bodyVi: (d) => [
      `Hồ sơ ${d.dossierCode} cần được bổ sung, hoàn thiện.`,
      `Nội dung cần bổ sung: ${d.reason}`,
      ...opt(d.deadlineText, (v) => `Thời hạn bổ sung: ${v}.`),
      ...lookup(d),
    ],
    bodyEn: (d) => [
      `Dossier ${d.dossierCode} must be supplemented.`,
      `What is needed (in Vietnamese): ${d.reason}`,
      ...opt(d.deadlineText, (v) => `Deadline: ${v}.`),
      ...lookupEn(d),
    ],
    sms: (d) => [
      { text: `Hồ sơ ${d.dossierCode} cần bổ sung: ` },
      { text: String(d.reason), truncatable: true },
      ...(d.deadlineText ? [{ text: ` Hạn: ${d.deadlineText}.`, optional: true }] : []),
      ...smsLookup(d),
    ],
  },
  'dossier.payment-requested': {
    required: ['dossierCode', 'amount'],
    subjectVi: (d) => `Hồ sơ ${d.dossierCode}: đề nghị nộp phí, lệ phí`,
    subjectEn: (d) => `Dossier ${d.dossierCode}: fees to pay`,
    bodyVi: (d) => [
      `Đề nghị ông/bà nộp phí, lệ phí ${vnd(d.amount)} cho hồ sơ ${d.dossierCode}.`,
      ...opt(d.paymentCode, (v) => `Nội dung chuyển khoản: ${v} (hoặc quét mã VietQR trên phiếu).`),
      ...opt(d.deadlineText, (v) => `Hạn nộp: ${v}.`),
      ...lookup(d),
    ],
    bodyEn: (d) => [
      `Please pay the fees of ${vndEn(d.amount)} for dossier ${d.dossierCode}.`,
      ...opt(d.paymentCode, (v) => `Transfer reference: ${v} (or scan the VietQR code on the slip).`),
      ...opt(d.deadlineText, (v) => `Pay by: ${v}.`),
      ...lookupEn(d),
    ],
    sms: (d) => [
      { text: `Hồ sơ ${d.dossierCode}: đề nghị nộp phí ${formatNumberVi(Number(d.amount))} đồng.` },
      ...(d.paymentCode ? [{ text: ` ND chuyển khoản: ${d.paymentCode}.` }] : []),
      ...smsLookup(d),
    ],
  },
  'dossier.apology': {
    required: ['dossierCode', 'newDueAtText', 'reason'],
    subjectVi: (d) => `Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${d.dossierCode}`,
    subjectEn: (d) => `Apology and new return date for dossier ${d.dossierCode}`,
    bodyVi: (d) => [
      `Cơ quan giải quyết chân thành xin lỗi ông/bà vì hồ sơ ${d.dossierCode} chưa được giải quyết đúng hạn${d.dueAtText ? ` (hẹn trả ${d.dueAtText})` : ''}.`,
      `Lý do: ${d.reason}`,
      `Ngày hẹn trả kết quả mới: ${d.newDueAtText}.`,
      ...lookup(d),
    ],
    bodyEn: (d) => [
      `We apologise: dossier ${d.dossierCode} could not be completed on time${d.dueAtText ? ` (due ${d.dueAtText})` : ''}.`,
      `Reason (in Vietnamese): ${d.reason}`,
      `New return date: ${d.newDueAtText}.`,
      ...lookupEn(d),
    ],
    sms: (d) => [
      { text: `Xin lỗi ông/bà: hồ sơ ${d.dossierCode} chậm trả. Hẹn trả mới: ${d.newDueAtText}. Lý do: ` },
      { text: String(d.reason), truncatable: true },
      ...smsLookup(d),
    ],
  },
  'dossier.result-ready': {
    required: ['dossierCode'],
    subjectVi: (d) => `Hồ sơ ${d.dossierCode} đã có kết quả`,
    subjectEn: (d) => `Result of dossier ${d.dossierCode} is ready`,
    bodyVi: (d) => [
      `Hồ sơ ${d.dossierCode} đã có kết quả.`,
      ...(d.resultDelivery === 'online'
        ? ['Kết quả được trả trực tuyến; ông/bà sẽ nhận tin khi tải được kết quả.']
        : opt(d.pickupPlace, (v) => `Nơi nhận kết quả: ${v}.`)),
      ...lookup(d),
    ],
    bodyEn: (d) => [
      `The result of dossier ${d.dossierCode} is ready.`,
      ...(d.resultDelivery === 'online'
        ? ['The result is delivered online; you will be told when it can be downloaded.']
        : opt(d.pickupPlace, (v) => `Collect it at: ${v}.`)),
      ...lookupEn(d),
    ],
    sms: (d) => [
      { text: `Hồ sơ ${d.dossierCode} đã có kết quả.` },
      ...(d.resultDelivery === 'online'
        ? [{ text: ' Kết quả trả trực tuyến.', optional: true }]
        : d.pickupPlace
          ? [{ text: ` Nhận tại: ${d.pickupPlace}.`, optional: true }]
          : []),
      ...smsLookup(d),
    ],
  },
  'dossier.returned': {
    required: ['dossierCode'],
    subjectVi: (d) => `Hồ sơ ${d.dossierCode} đã trả kết quả`,
    subjectEn: (d) => `Dossier ${d.dossierCode}: result delivered`,
    bodyVi: (d) => [
      d.resultDelivery === 'online'
        ? `Kết quả hồ sơ ${d.dossierCode} đã được trả trực tuyến. Ông/bà đăng nhập Cổng dịch vụ công để tải kết quả${d.resultUrl ? `: ${d.resultUrl}` : '.'}`
        : d.resultDelivery === 'paper'
          ? `Kết quả hồ sơ ${d.dossierCode} là bản giấy, nhận tại ${d.pickupPlace ?? 'Bộ phận Tiếp nhận và Trả kết quả'}.`
          : `Kết quả hồ sơ ${d.dossierCode} đã được trả cho ông/bà.`,
      'Cảm ơn ông/bà đã sử dụng dịch vụ công.',
      ...lookup(d),
    ],
    bodyEn: (d) => [
      d.resultDelivery === 'online'
        ? `The result of dossier ${d.dossierCode} has been delivered online. Sign in to the public service portal to download it${d.resultUrl ? `: ${d.resultUrl}` : '.'}`
        : d.resultDelivery === 'paper'
          ? `The result of dossier ${d.dossierCode} is on paper; collect it at ${d.pickupPlace ?? 'the one-stop counter'}.`
          : `The result of dossier ${d.dossierCode} has been delivered.`,
      'Thank you for using our public services.',
      ...lookupEn(d),
    ],
    sms: (d) => [
      {
        text:
          d.resultDelivery === 'online'
            ? `Hồ sơ ${d.dossierCode} đã trả kết quả trực tuyến.`
            : d.resultDelivery === 'paper'
              ? `Hồ sơ ${d.dossierCode} có kết quả bản giấy, nhận tại Bộ phận Một cửa.`
              : `Hồ sơ ${d.dossierCode} đã trả kết quả. Cảm ơn ông/bà.`,
      },
      ...(d.resultDelivery === 'online' && d.resultUrl
        ? [{ text: ` Tải tại: ${d.resultUrl}`, optional: true }]
        : smsLookup(d)),
    ],
  },
  'dossier.processing': {
    required: ['dossierCode'],
    subjectVi: (d) => `Hồ sơ ${d.dossierCode} đang được giải quyết`,
    subjectEn: (d) => `Dossier ${d.dossierCode} is being processed`,
    bodyVi: (d) => [
      `Hồ sơ ${d.dossierCode} đã được chuyển xử lý và đang được giải quyết.`,
      ...opt(d.dueAtText, (v) => `Ngày hẹn trả kết quả: ${v}.`),
      ...lookup(d),
    ],
    bodyEn: (d) => [
      `Dossier ${d.dossierCode} has been passed on and is being processed.`,
      ...opt(d.dueAtText, (v) => `Due: ${v}.`),
      ...lookupEn(d),
    ],
    sms: (d) => [
      { text: `Hồ sơ ${d.dossierCode} đang được giải quyết.` },
      ...(d.dueAtText ? [{ text: ` Hẹn trả: ${d.dueAtText}.`, optional: true }] : []),
      ...smsLookup(d),
    ],
  },
  'dossier.withdrawn': {
    required: ['dossierCode'],
    subjectVi: (d) => `Hồ sơ ${d.dossierCode} đã được rút`,
    subjectEn: (d) => `Dossier ${d.dossierCode} withdrawn`,
    bodyVi: (d) => [
      `Hồ sơ ${d.dossierCode} đã được rút theo đề nghị.`,
      ...opt(d.reason, (v) => `Lý do: ${v}.`),
    ],
    bodyEn: (d) => [
      `Dossier ${d.dossierCode} was withdrawn as requested.`,
      ...opt(d.reason, (v) => `Reason: ${v}.`),
    ],
    sms: (d) => [{ text: `Hồ sơ ${d.dossierCode} đã được rút.` }, ...smsLookup(d)],
  },
  'dossier.stopped': {
    required: ['dossierCode', 'reason'],
    subjectVi: (d) => `Dừng giải quyết hồ sơ ${d.dossierCode}`,
    subjectEn: (d) => `Processing of dossier ${d.dossierCode} stopped`,
    bodyVi: (d) => [`Cơ quan dừng giải quyết hồ sơ ${d.dossierCode}. Lý do: ${d.reason}.`, ...lookup(d)],
    bodyEn: (d) => [
      `Processing of dossier ${d.dossierCode} was stopped. Reason: ${d.reason}.`,
      ...lookupEn(d),
    ],
    sms: (d) => [
      { text: `Dừng giải quyết hồ sơ ${d.dossierCode}. Lý do: ` },
      { text: String(d.reason), truncatable: true },
      ...smsLookup(d),
    ],
  },
  'identity.already-registered': {
    required: [],
    subjectVi: () => 'Có yêu cầu đăng ký tài khoản bằng số định danh của ông/bà',
    subjectEn: () => 'Somebody tried to register with your ID number',
    bodyVi: () => [
      'Vừa có yêu cầu đăng ký tài khoản mới trên Cổng dịch vụ công bằng số định danh cá nhân của ông/bà. Số định danh này đã có tài khoản nên không có tài khoản mới nào được tạo; tài khoản của ông/bà giữ nguyên, kể cả mật khẩu.',
      'Nếu chính ông/bà vừa đăng ký: hãy đăng nhập bằng mật khẩu đã đặt trước đây hoặc bằng VNeID. Nếu quên mật khẩu, hãy đến Bộ phận Một cửa, mang theo thẻ căn cước, để được cấp lại.',
      'Nếu không phải ông/bà: không cần làm gì.',
    ],
    bodyEn: () => [
      'Somebody just asked to register a new account on the public-service portal with your personal ID number. It already has an account, so no new one was created; your account, and its password, are unchanged.',
      'If it was you: sign in with the password you set before, or with VNeID. If you forgot the password, bring your ID card to the one-stop desk to have it reset.',
      'If it was not you: there is nothing to do.',
    ],
    sms: () => [
      {
        text: 'So dinh danh cua ong/ba vua duoc dung de dang ky lai tai khoan DVC; tai khoan cu giu nguyen. Quen mat khau: dang nhap VNeID hoac den Bo phan Mot cua.',
      },
    ],
  },
};

export function isNotificationTemplate(name: string): name is NotificationTemplate {
  return (NOTIFICATION_TEMPLATES as readonly string[]).includes(name);
}

function checkData(template: string, data: Data): TemplateDefinition {
  if (!isNotificationTemplate(template)) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Không có mẫu thông báo "${template}"`,
      detailEn: `No notification template "${template}"`,
    });
  }
  const definition = TEMPLATES[template];
  const missing = definition.required.filter(
    (k) => data[k] === undefined || data[k] === null || data[k] === '',
  );
  if (missing.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Mẫu ${template} thiếu dữ liệu: ${missing.join(', ')}`,
      detailEn: `Template ${template} is missing ${missing.join(', ')}`,
    });
  }
  return definition;
}

function clean(data: Data): Data {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? nfc(v) : v]));
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE_VI = 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh';
const SIGNATURE_EN = 'Provincial administrative-procedure information system';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** The e-mail of a dossier event: Vietnamese first, English below, as plain text and simple HTML. */
export function renderEmail(template: string, input: Data): RenderedEmail {
  const data = clean(input);
  const t = checkData(template, data);
  // Header injection: a subject never carries a line break, whatever the data held.
  const subject = `${t.subjectVi(data)} / ${t.subjectEn(data)}`.replace(/[\r\n]+/g, ' ');
  const signatureVi = data.agencyName ? String(data.agencyName) : SIGNATURE_VI;
  const vi = [
    data.applicantName ? `Kính gửi ông/bà ${data.applicantName},` : 'Kính gửi ông/bà,',
    ...t.bodyVi(data),
  ];
  const en = ['Dear applicant,', ...t.bodyEn(data)];
  const text = [
    ...vi,
    '',
    signatureVi,
    '',
    '— English —',
    ...en,
    '',
    SIGNATURE_EN,
    '',
    'Thư này được gửi tự động, vui lòng không trả lời. / This message was sent automatically; please do not reply.',
  ].join('\n');
  const p = (lines: string[]) => lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  const html = `<!doctype html><html lang="vi"><body>${p(vi)}<p><em>${escapeHtml(signatureVi)}</em></p><hr><div lang="en">${p(en)}<p><em>${SIGNATURE_EN}</em></p></div></body></html>`;
  return { subject, text, html };
}

export interface RenderedSms {
  text: string;
  encoding: 'gsm7' | 'ucs2';
  length: number;
  segments: number;
}

/** One GSM-7 segment; when Unicode is asked for, at most two UCS-2 segments (2 × 67). */
const LIMIT = { gsm7: 160, ucs2: 134 } as const;

/**
 * The SMS of a dossier event. Without diacritics (GSM-7) unless `unicode` is asked for. Optional parts
 * (the tracking link, the deadline) are added only while the message stays in one segment; a long reason
 * is shortened rather than making the message span several paid segments — the e-mail and the tracking
 * page carry the full text.
 */
export function renderSms(template: string, input: Data, options: { unicode?: boolean } = {}): RenderedSms {
  const data = clean(input);
  const t = checkData(template, data);
  const convert = (s: string) => (options.unicode ? s : toGsm7Text(s));
  const parts = t.sms(data).map((p) => ({ ...p, text: convert(p.text) }));
  const size = (s: string) => smsSizing(s);
  const limit = (s: string) => LIMIT[size(s).encoding];

  let text = parts
    .filter((p) => !p.optional)
    .map((p) => p.text)
    .join('');
  const truncatable = parts.find((p) => p.truncatable);
  if (size(text).length > limit(text) && truncatable) {
    const others = parts.filter((p) => !p.optional && p !== truncatable);
    const fixed = others.reduce((n, p) => n + size(p.text).length, 0);
    const room = Math.max(10, limit(text) - fixed - 3);
    const short = `${[...truncatable.text].slice(0, room).join('').trimEnd()}...`;
    text = parts
      .filter((p) => !p.optional)
      .map((p) => (p === truncatable ? short : p.text))
      .join('');
  }
  for (const part of parts.filter((p) => p.optional)) {
    const candidate = text + part.text;
    if (size(candidate).length <= limit(candidate)) text = candidate;
  }
  return { text, ...size(text) };
}
