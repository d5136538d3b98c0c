import { randomUUID } from 'node:crypto';
import { recordAudit } from '@openprovince/audit';
import { localInstant } from '@openprovince/calendar';
import type { RequestContext } from '@openprovince/platform';
import { draftPdf } from '../adapters/pdf/document-pdf.ts';
import type { DocumentDeps } from '../deps.ts';
import { formatNumberSymbol, type NumberSymbolKind } from '../domain/number-symbol.ts';
import { agencyOf } from '../repositories/agency.repository.ts';
import { insertStatusMessage } from '../repositories/exchange.repository.ts';
import { insertIncoming } from '../repositories/incoming.repository.ts';
import { insertOutgoing } from '../repositories/outgoing.repository.ts';
import { ensureRegister } from '../repositories/register.repository.ts';
import { allocateNumber, registerName, seriesFor } from '../use-cases/shared/numbering.ts';

export interface SeedDocumentsReport {
  registersCreated: number;
  issued: number;
  received: number;
  skipped: boolean;
}

interface DemoDoc {
  from: string;
  to: string[];
  date: string;
  kind: NumberSymbolKind;
  typeCode?: string;
  draftingUnit?: string;
  subject: string;
  signer: string;
  position: string;
  signMode?: string;
}

/**
 * Subjects taken from the Sở TT&TT report of 2021 (domain.md §2 A); numbers are given by the registers
 * from 01 (the report's own identifiers, e.g. 97/KH-UBND, are the parser's test corpus, not seed rows).
 */
const DEMO_DOCS: DemoDoc[] = [
  {
    from: 'ubnd-tinh',
    to: ['stttt'],
    date: '2021-01-15',
    kind: 'administrative',
    typeCode: 'KH',
    subject: 'Kế hoạch chuyển đổi số tỉnh Trà Vinh năm 2021',
    signer: 'Nguyễn Văn Chủ',
    position: 'CHỦ TỊCH',
  },
  {
    from: 'ubnd-tinh',
    to: ['stttt'],
    date: '2021-03-02',
    kind: 'administrative',
    typeCode: 'CT',
    subject: 'Tăng cường bảo đảm an toàn thông tin mạng',
    signer: 'Trần Văn Phó',
    position: 'PHÓ CHỦ TỊCH',
    signMode: 'KT.',
  },
  {
    from: 'stttt',
    to: ['ubnd-tinh'],
    date: '2021-02-10',
    kind: 'administrative',
    typeCode: 'BC',
    subject: 'Báo cáo kết quả triển khai Chính quyền điện tử quý IV năm 2020',
    signer: 'Lê Văn Giám',
    position: 'GIÁM ĐỐC',
  },
  {
    from: 'stttt',
    to: ['ubnd-tinh', 'vp-ubnd-tinh'],
    date: '2021-04-05',
    kind: 'official_letter',
    draftingUnit: 'TTBCXB',
    subject: 'Định hướng tuyên truyền phòng, chống dịch Covid-19',
    signer: 'Phạm Thị Phó',
    position: 'PHÓ GIÁM ĐỐC',
    signMode: 'KT.',
  },
  {
    from: 'stttt',
    to: ['ubnd-tinh'],
    date: '2021-05-20',
    kind: 'administrative',
    typeCode: 'KH',
    subject: 'Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2021',
    signer: 'Lê Văn Giám',
    position: 'GIÁM ĐỐC',
  },
  {
    from: 'stttt',
    to: ['vp-ubnd-tinh'],
    date: '2021-06-11',
    kind: 'administrative',
    typeCode: 'QĐ',
    subject: 'Quyết định ban hành Quy chế bảo đảm an toàn thông tin mạng',
    signer: 'Lê Văn Giám',
    position: 'GIÁM ĐỐC',
  },
  {
    from: 'stttt',
    to: ['ubnd-tinh'],
    date: '2021-11-25',
    kind: 'administrative',
    typeCode: 'TB',
    subject: 'Thông báo lịch bảo trì hệ thống quản lý văn bản',
    signer: 'Phạm Thị Phó',
    position: 'PHÓ GIÁM ĐỐC',
    signMode: 'KT.',
  },
  {
    from: 'vp-ubnd-tinh',
    to: ['stttt'],
    date: '2021-08-30',
    kind: 'official_letter',
    draftingUnit: 'CNXD',
    subject: 'Triển khai nền tảng hội nghị truyền hình đến cấp xã',
    signer: 'Võ Văn Chánh',
    position: 'CHÁNH VĂN PHÒNG',
  },
];

/**
 * Demo registers (2021) and a modest set of issued and received documents between the province People's
 * Committee, its Office and the Sở TT&TT, numbered through the registers (gap-free, from 01). Fast: one
 * generated PDF shared by all; signatures are recorded as metadata (certificate "demo-seed"), not made.
 * Does nothing when the agencies' 2021 outgoing registers already have numbers.
 */
export async function seedDocumentsDemo(
  deps: DocumentDeps,
  ctx: RequestContext,
  options: { agencyIdByKey: Map<string, string> | Record<string, string> },
): Promise<SeedDocumentsReport> {
  const ids =
    options.agencyIdByKey instanceof Map
      ? options.agencyIdByKey
      : new Map(Object.entries(options.agencyIdByKey));
  const keys = ['ubnd-tinh', 'vp-ubnd-tinh', 'stttt'].filter((k) => ids.has(k));
  const agencies = new Map(
    await Promise.all(keys.map(async (k) => [k, await agencyOf(deps.db, ids.get(k)!)] as const)),
  );
  const report: SeedDocumentsReport = { registersCreated: 0, issued: 0, received: 0, skipped: false };
  const pdf = await draftPdf({
    agencyName: 'Văn bản mẫu (dữ liệu thử)',
    notation: 'KH-UBND',
    place: deps.place,
    kind: 'administrative',
    typeCode: 'KH',
    subject: 'Văn bản mẫu',
    content: 'Nội dung văn bản mẫu dùng cho dữ liệu trình diễn.',
    urgency: 'normal',
    recipients: ['Như trên'],
  });
  const stored = await deps.storage.put(pdf, { prefix: 'documents' });
  await deps.db.transaction(async (tx) => {
    for (const agency of agencies.values()) {
      for (const direction of ['outgoing', 'incoming'] as const) {
        const series = seriesFor({ agencyId: agency.id, year: 2021, direction, secrecy: 'normal' });
        const reg = await ensureRegister(tx, { ...series, name: registerName(series) });
        if (direction === 'outgoing' && reg.lastNumber > 0) report.skipped = true;
        // createdAt is the database's wall clock (column default), so it is compared with the wall clock,
        // not with the province clock in deps (fixed in tests).
        if (reg.createdAt.getTime() > Date.now() - 60_000) report.registersCreated++;
      }
    }
    if (report.skipped) return;
    const docs = [...DEMO_DOCS].sort((a, b) => a.date.localeCompare(b.date));
    for (const d of docs) {
      const sender = agencies.get(d.from);
      if (!sender) continue;
      const at = localInstant(d.date, '09:30');
      const outId = randomUUID();
      const { register, number } = await allocateNumber(tx, {
        series: seriesFor({ agencyId: sender.id, year: 2021, direction: 'outgoing', secrecy: 'normal' }),
        outgoingId: outId,
        at,
      });
      const numberSymbol = formatNumberSymbol({
        kind: d.kind,
        number,
        ...(d.typeCode ? { typeCode: d.typeCode } : {}),
        issuer: sender.abbreviation,
        ...(d.draftingUnit ? { draftingUnit: d.draftingUnit } : {}),
      });
      const recipients = d.to.filter((k) => agencies.has(k)).map((k) => agencies.get(k)!);
      const out = await insertOutgoing(tx, {
        id: outId,
        agencyId: sender.id,
        status: 'issued',
        kind: d.kind,
        typeCode: d.typeCode ?? null,
        subject: d.subject,
        draftingUnit: d.draftingUnit ?? null,
        recipients: recipients.map((r) => ({ agencyId: r.id, code: r.code, name: r.name })),
        fileKey: stored.key,
        fileSha256: stored.sha256,
        fileSize: stored.size,
        fileName: 'van-ban.pdf',
        createdBy: '00000000-0000-4000-8000-000000000000',
        createdByName: 'Dữ liệu mẫu',
        signerName: d.signer,
        signerPosition: d.position,
        signMode: d.signMode ?? '',
        signedAt: at,
        signatures: [
          {
            kind: 'personal',
            certificateId: 'demo-seed',
            signerName: d.signer,
            signMode: d.signMode ?? null,
            signedAt: at.toISOString(),
          },
          {
            kind: 'organisation',
            certificateId: 'demo-seed',
            signerName: sender.name,
            signedAt: at.toISOString(),
          },
        ],
        registerId: register.id,
        number,
        year: 2021,
        numberSymbol,
        issuedAt: at,
        createdAt: at,
        updatedAt: at,
      });
      report.issued++;
      for (const r of recipients) {
        const incId = randomUUID();
        const inc = await allocateNumber(tx, {
          series: seriesFor({ agencyId: r.id, year: 2021, direction: 'incoming', secrecy: 'normal' }),
          incomingId: incId,
          at,
        });
        const row = await insertIncoming(tx, {
          id: incId,
          agencyId: r.id,
          status: 'registered',
          channel: 'platform',
          sourceId: out.id,
          senderAgencyId: sender.id,
          senderCode: sender.code,
          senderName: sender.name,
          numberSymbol,
          issuedOn: d.date,
          typeCode: d.typeCode ?? null,
          subject: d.subject,
          signerName: d.signer,
          fileKey: stored.key,
          fileSha256: stored.sha256,
          signatureResult: 'PASSED',
          receivedAt: at,
          registerId: inc.register.id,
          incomingNumber: inc.number,
          registeredAt: at,
          createdAt: at,
          updatedAt: at,
        });
        for (const code of ['01', '03'] as const) {
          await insertStatusMessage(tx, {
            outgoingId: out.id,
            incomingId: row.id,
            fromAgencyId: r.id,
            fromCode: r.code,
            toAgencyId: sender.id,
            toCode: sender.code,
            statusCode: code,
            staffName: 'Dữ liệu mẫu',
            occurredAt: at,
          });
        }
        report.received++;
      }
    }
    await recordAudit(tx, ctx, {
      action: 'documents.seed.demo',
      objectType: 'seed',
      summary: { issued: report.issued, received: report.received },
    });
  });
  return report;
}
