import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { COPY_FORM_TITLES, fmtDate, registerPdf } from '../adapters/pdf/document-pdf.ts';
import type { DocumentDeps } from '../deps.ts';
import { registerFileName } from '../domain/file-names.ts';
import { typeName } from '../domain/number-symbol.ts';
import { canReadDocuments } from '../policies.ts';
import { agencyOf } from '../repositories/agency.repository.ts';
import { listCopiesInRegister } from '../repositories/copy.repository.ts';
import { listRegisteredIn } from '../repositories/incoming.repository.ts';
import { listIssuedInYear } from '../repositories/outgoing.repository.ts';
import { findRegister, listEntries } from '../repositories/register.repository.ts';

const OUTGOING_COLUMNS = [
  { title: 'Số, ký hiệu văn bản', width: 95 },
  { title: 'Ngày tháng văn bản', width: 60 },
  { title: 'Tên loại và trích yếu nội dung văn bản', width: 210 },
  { title: 'Người ký', width: 90 },
  { title: 'Nơi nhận văn bản', width: 150 },
  { title: 'Đơn vị, người nhận bản lưu', width: 80 },
  { title: 'Số lượng bản', width: 40 },
  { title: 'Ghi chú', width: 56 },
];

const INCOMING_COLUMNS = [
  { title: 'Ngày đến', width: 52 },
  { title: 'Số đến', width: 38 },
  { title: 'Tác giả (nơi gửi)', width: 110 },
  { title: 'Số, ký hiệu', width: 85 },
  { title: 'Ngày tháng', width: 52 },
  { title: 'Tên loại và trích yếu nội dung', width: 190 },
  { title: 'Đơn vị hoặc người nhận', width: 110 },
  { title: 'Ký nhận', width: 40 },
  { title: 'Ghi chú', width: 104 },
];

const COPY_COLUMNS = [
  { title: 'Số, ký hiệu bản sao', width: 95 },
  { title: 'Ngày sao', width: 60 },
  { title: 'Hình thức sao', width: 60 },
  { title: 'Số, ký hiệu văn bản được sao', width: 95 },
  { title: 'Trích yếu nội dung', width: 230 },
  { title: 'Nơi nhận bản sao', width: 120 },
  { title: 'Người thực hiện', width: 80 },
  { title: 'Ghi chú', width: 41 },
];

/**
 * Prints a register of a year as PDF, in the columns of Decree 30/2020 Appendix IV (mẫu sổ đăng ký văn
 * bản đi / đến). Void numbers stay in the book, marked "Số đã hủy" with the reason. Named "Sổ đăng ký văn
 * bản đi 2026.pdf".
 */
export async function printRegister(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { registerId: string },
): Promise<{ bytes: Buffer; name: string }> {
  const register = await findRegister(deps.db, input.registerId);
  authorize(ctx.actor, canReadDocuments, { agencyId: register?.agencyId ?? '' });
  if (!register) throw new AppError('NOT_FOUND');
  const agency = await agencyOf(deps.db, register.agencyId);
  const entries = await listEntries(deps.db, register.id);
  let rows: { cells: string[] }[];
  if (register.direction === 'outgoing') {
    const docs = new Map(
      (await listIssuedInYear(deps.db, { registerId: register.id })).map((d) => [d.id, d]),
    );
    rows = entries.map((e) => {
      const d = e.outgoingId ? docs.get(e.outgoingId) : undefined;
      const type = d ? (typeName(d.typeCode ?? undefined) ?? 'Công văn') : '';
      return {
        cells: [
          d?.numberSymbol ?? String(e.number).padStart(2, '0'),
          fmtDate(d?.issuedAt ?? e.allocatedAt),
          d ? `${type}: ${d.subject}` : '',
          d ? `${d.signMode ? `${d.signMode} ` : ''}${d.signerName ?? ''}` : '',
          d ? d.recipients.map((r) => r.name).join('; ') : '',
          d?.draftingUnit ?? '',
          d ? String(d.recipients.length + 1) : '',
          e.status === 'void'
            ? `Số đã hủy: ${e.voidReason ?? ''}`
            : d?.status === 'recalled'
              ? 'Đã thu hồi'
              : '',
        ],
      };
    });
  } else if (register.direction === 'copy') {
    const docs = new Map((await listCopiesInRegister(deps.db, register.id)).map((d) => [d.id, d]));
    rows = entries.map((e) => {
      const d = e.copyId ? docs.get(e.copyId) : undefined;
      return {
        cells: [
          d?.numberSymbol ?? String(e.number).padStart(2, '0'),
          fmtDate(d?.createdAt ?? e.allocatedAt),
          d ? COPY_FORM_TITLES[d.form] : '',
          d?.sourceNumberSymbol ?? '',
          d?.subject ?? '',
          d ? [...d.recipients, 'Lưu: VT'].join('; ') : '',
          d?.copiedByName ?? '',
          e.status === 'void' ? `Số đã hủy: ${e.voidReason ?? ''}` : '',
        ],
      };
    });
  } else {
    const docs = new Map((await listRegisteredIn(deps.db, register.id)).map((d) => [d.id, d]));
    rows = entries.map((e) => {
      const d = e.incomingId ? docs.get(e.incomingId) : undefined;
      return {
        cells: [
          fmtDate(d?.receivedAt ?? e.allocatedAt),
          String(e.number).padStart(2, '0'),
          d?.senderName ?? '',
          d?.numberSymbol ?? '',
          d?.issuedOn ? d.issuedOn.split('-').reverse().join('/') : '',
          d ? `${typeName(d.typeCode ?? undefined) ?? 'Công văn'}: ${d.subject}` : '',
          d?.presentedTo ?? '',
          '',
          e.status === 'void'
            ? `Số đã hủy: ${e.voidReason ?? ''}`
            : d?.status === 'cancelled'
              ? 'Đã hủy (thu hồi)'
              : '',
        ],
      };
    });
  }
  const bytes = await registerPdf({
    agencyName: agency.name,
    title:
      register.direction === 'outgoing'
        ? 'Sổ đăng ký văn bản đi'
        : register.direction === 'incoming'
          ? 'Sổ đăng ký văn bản đến'
          : 'Sổ quản lý bản sao văn bản',
    year: register.year,
    columns:
      register.direction === 'outgoing'
        ? OUTGOING_COLUMNS
        : register.direction === 'incoming'
          ? INCOMING_COLUMNS
          : COPY_COLUMNS,
    rows,
    printedAt: deps.now(),
  });
  return { bytes, name: registerFileName(register) };
}
