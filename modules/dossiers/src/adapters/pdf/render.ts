import { formatDateTimeVn } from '@openprovince/calendar';
import { A4, createVietnamesePdf, drawDocumentHeader, drawParagraph, qrPng } from '@openprovince/pdf';
import { formatDateVi, formatNumberVi } from '@openprovince/platform';
import type { DocumentKind } from '../../contracts/index.ts';
import { type DossierState, STATE_INFO } from '../../contracts/states.ts';
import { expectedResultDelivery } from '../../domain/result-delivery.ts';
import { promisedTimeLimit } from '../../domain/time-limit.ts';
import { type DossierAction, dossierWorkflow } from '../../domain/workflow.ts';
import type { DossierEventRow, DossierRow } from '../../repositories/dossier.repository.ts';

const TITLES: Record<DocumentKind, string> = {
  receipt: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  supplement: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
  refusal: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
  apology: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  control: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
  payment: 'THÔNG BÁO NỘP PHÍ, LỆ PHÍ',
};

const RESULT_VI: Record<string, string> = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };

export interface RenderInput {
  kind: DocumentKind;
  dossier: DossierRow;
  events: DossierEventRow[];
  agencyName: string;
  parentAgencyName?: string | null;
  lookupUrl: string;
  now: Date;
}

/**
 * The forms of the one-stop mechanism (Circular 01/2018/TT-VPCP, mẫu 01–06) as PDF with Vietnamese text
 * in an embedded font. Content follows the forms' substance; the exact layout of the annexes is not copied.
 */
export async function renderDossierDocument(input: RenderInput): Promise<Uint8Array> {
  const d = input.dossier;
  const pdf = await createVietnamesePdf({
    title: `${TITLES[input.kind]} – ${d.code}`,
    subject: d.procedure.name,
  });
  const page = pdf.doc.addPage(A4);
  let y = drawDocumentHeader(page, {
    pdf,
    agencyLine1: input.parentAgencyName ?? input.agencyName,
    ...(input.parentAgencyName ? { agencyLine2: input.agencyName } : {}),
    placeAndDate: `ngày ${formatDateVi(input.now)}`,
  });
  const width = A4[0] - 80;
  const p = (text: string, opts: { bold?: boolean; size?: number; center?: boolean } = {}) => {
    y = drawParagraph(page, {
      text,
      x: 40,
      y,
      width,
      font: opts.bold ? pdf.bold : pdf.regular,
      size: opts.size ?? 11,
      ...(opts.center ? { align: 'center' as const } : {}),
    });
  };
  p(TITLES[input.kind], { bold: true, size: 13, center: true });
  p(`Mã hồ sơ: ${d.code}`, { bold: true, center: true });
  y -= 8;
  p(`Người nộp: ${d.applicantName}${d.applicantPhone ? ` – Điện thoại: ${d.applicantPhone}` : ''}`);
  if (d.applicantAddress) p(`Địa chỉ: ${d.applicantAddress}`);
  p(`Thủ tục: ${d.procedure.name} (mã ${d.procedure.nationalCode})`);
  const last = (action: string) => [...input.events].reverse().find((e) => e.action === action);
  switch (input.kind) {
    case 'receipt': {
      p(`Thời điểm tiếp nhận: ${d.receivedAt ? formatDateTimeVn(d.receivedAt) : '—'}`);
      // The limit the due date below was computed with: the online limit for a dossier filed online.
      const promised = promisedTimeLimit(d);
      const rule = d.procedure.timeLimit;
      p(
        `Thời hạn giải quyết: ${limitVi(promised.limit)}${
          promised.online
            ? ` (hồ sơ nộp trực tuyến; thủ tục quy định ${limitVi(rule)} khi nộp trực tiếp)`
            : ''
        }`,
      );
      p(`Ngày hẹn trả kết quả: ${d.dueAt ? formatDateTimeVn(d.dueAt) : '—'}`, { bold: true });
      p(
        expectedResultDelivery(d) === 'online'
          ? 'Hình thức nhận kết quả: trực tuyến — tải kết quả trên Cổng dịch vụ công (hoặc nhận bản giấy nếu đề nghị).'
          : 'Hình thức nhận kết quả: tại Bộ phận Tiếp nhận và Trả kết quả.',
      );
      if (d.procedure.fees.length) {
        p(
          `Phí, lệ phí: ${d.procedure.fees.map((f) => `${f.name}: ${formatNumberVi(f.amount)} đồng`).join('; ')}`,
        );
      }
      p('Thành phần hồ sơ:');
      for (const c of d.procedure.components) p(`  – ${c.name}${c.required ? '' : ' (nếu có)'}`);
      p('Tra cứu tình trạng hồ sơ: quét mã QR hoặc nhập mã hồ sơ và số điện thoại tại cổng dịch vụ công.');
      const png = await pdf.doc.embedPng(await qrPng(input.lookupUrl, 200));
      page.drawImage(png, { x: A4[0] - 40 - 110, y: y - 120, width: 110, height: 110 });
      y -= 130;
      break;
    }
    case 'supplement': {
      const e = last('request_supplement');
      p(`Ngày yêu cầu: ${e ? formatDateTimeVn(e.at) : '—'}`);
      p(`Nội dung cần bổ sung, hoàn thiện: ${e?.note ?? ''}`);
      for (const item of (e?.data as { items?: string[] })?.items ?? []) p(`  – ${item}`);
      p('Thời gian chờ bổ sung không tính vào thời hạn giải quyết (Nghị định 61/2018/NĐ-CP).');
      break;
    }
    case 'refusal': {
      const e = last('refuse');
      p(`Lý do từ chối: ${e?.note ?? ''}`);
      break;
    }
    case 'apology': {
      p(`Ngày hẹn trả kết quả ban đầu: ${d.dueAt ? formatDateTimeVn(d.dueAt) : '—'}`);
      p(`Cơ quan chúng tôi xin lỗi Ông/Bà vì hồ sơ giải quyết quá thời hạn. Lý do: ${d.apologyReason ?? ''}`);
      p(`Ngày hẹn trả kết quả mới: ${d.apologyNewDueAt ? formatDateTimeVn(d.apologyNewDueAt) : '—'}`, {
        bold: true,
      });
      break;
    }
    case 'payment': {
      const r = d.paymentRequest;
      p(`Số tiền phải nộp: ${r ? formatNumberVi(r.amount) : '—'} đồng`, { bold: true });
      for (const f of d.procedure.fees) p(`  – ${f.name}: ${formatNumberVi(f.amount)} đồng`);
      p(`Nội dung chuyển khoản (bắt buộc): ${r?.paymentCode ?? '—'}`, { bold: true });
      p(
        'Quét mã VietQR bằng ứng dụng ngân hàng bất kỳ để nộp; biên lai điện tử được gửi khi cổng thanh toán xác nhận (Nghị định 45/2020/NĐ-CP).',
      );
      if (r) {
        // The EMVCo payload itself is the QR content, so any Vietnamese banking app pre-fills the transfer.
        const png = await pdf.doc.embedPng(await qrPng(r.qrPayload, 240));
        page.drawImage(png, { x: 40, y: y - 160, width: 150, height: 150 });
        y -= 170;
      }
      break;
    }
    case 'control': {
      p(
        `Ngày hẹn trả: ${d.dueAt ? formatDateTimeVn(d.dueAt) : '—'}. Trạng thái: ${STATE_INFO[d.state as DossierState].vi}`,
      );
      y -= 4;
      p('Bàn giao | Người thực hiện | Thời điểm | Hạn bước | Kết quả', { bold: true });
      const stepName = (key: string) => d.procedure.steps.find((st) => st.key === key)?.name ?? key;
      for (const e of input.events) {
        const action =
          dossierWorkflow.definition.transitions[e.action as DossierAction]?.label.vi ?? e.action;
        p(
          `${action}${e.nextStepKey ? ` → ${stepName(e.nextStepKey)}` : ''} | ${e.actorName ?? e.actorKind} | ${formatDateTimeVn(e.at)} | ${
            e.stepDueAt ? formatDateTimeVn(e.stepDueAt) : '—'
          } | ${e.stepResult ? RESULT_VI[e.stepResult] : '—'}`,
          { size: 9 },
        );
        // The comments given with the hand-overs (opinions, reasons for sending back) belong on the slip.
        if (e.note) p(`    Ý kiến: ${e.note}`, { size: 9 });
      }
      break;
    }
  }
  y -= 20;
  p('NGƯỜI TIẾP NHẬN / CÁN BỘ XỬ LÝ', { bold: true });
  return pdf.doc.save();
}

function limitVi(limit: { amount: number; unit: string }): string {
  return `${formatNumberVi(limit.amount)} ${unitVi(limit.unit)}`;
}

function unitVi(unit: string): string {
  return unit === 'working_days' ? 'ngày làm việc' : unit === 'calendar_days' ? 'ngày' : 'giờ làm việc';
}
