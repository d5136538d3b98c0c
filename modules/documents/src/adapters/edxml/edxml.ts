/**
 * edXML packages of QCVN 102:2016/BTTTT (amended 2022): the envelope agencies' document systems exchange.
 * Element names follow the standard's MessageHeader / TraceHeaderList / Status as used in public
 * implementations (docs: domain.md §5.6). Attachments travel base64-encoded inside the body here (the
 * national axis wraps them in MIME; a file export for an outside agency is one self-contained XML).
 * Every package is signed with an enveloped XML-DSig over the whole envelope (edxml-signature.ts).
 */
import { localDateOf, localTimeOf } from '@openprovince/platform/time';
import { XMLParser } from 'fast-xml-parser';

export const EDXML_NS = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

export interface EdxmlOrgan {
  /** Decision 20/2020/QĐ-TTg identification code, e.g. 000.00.11.H59. */
  organId: string;
  organName: string;
  organAdd?: string;
  email?: string;
  telephone?: string;
}

export interface EdxmlAttachment {
  contentId: string;
  contentType: string;
  name: string;
  data: Buffer;
}

/**
 * BussinessDocType [INF, to verify against the standard's table]: 0 a new document; 1 revocation;
 * 2 update; 3 replacement.
 */
export const BUSINESS_DOC_TYPES = { new: 0, revoke: 1, update: 2, replace: 3 } as const;

export interface EdxmlDocument {
  from: EdxmlOrgan;
  to: EdxmlOrgan[];
  documentId: string;
  code: { number: string; notation: string };
  promulgation: { place: string; date: string /* YYYY-MM-DD */ };
  documentType: { type: number; typeName: string };
  subject: string;
  content?: string;
  signer: { competence?: string; position?: string; fullName: string };
  dueDate?: string;
  toPlaces: string[];
  /** 0 thường, 1 Khẩn, 2 Thượng khẩn, 3 Hỏa tốc, 4 Hỏa tốc hẹn giờ. */
  priority: number;
  sphereOfPromulgation?: string;
  typerNotation?: string;
  promulgationAmount?: number;
  pageAmount?: number;
  /** 0 văn bản thường; 1 văn bản chỉ đạo; 2 văn bản cần trả lời [INF]. */
  steeringType: number;
  trace: { organId: string; timestamp: Date }[];
  business: { docType: number; reason?: string; replaces?: string[] };
  staff?: { department?: string; staff?: string; email?: string };
  attachments: EdxmlAttachment[];
}

export interface EdxmlStatus {
  responseFor: { organId: string; code: string; promulgationDate?: string; documentId: string };
  from: EdxmlOrgan;
  statusCode: string;
  description?: string;
  timestamp: Date;
  staff?: { department?: string; staff?: string };
}

const esc = (value: string | number | undefined | null): string =>
  String(value ?? '')
    .normalize('NFC')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const el = (name: string, value: string | number | undefined | null): string =>
  value === undefined || value === null || value === ''
    ? `<edXML:${name}/>`
    : `<edXML:${name}>${esc(value)}</edXML:${name}>`;

/** "yyyy/MM/dd HH:mm:ss" in Vietnam time (UTC+7, no daylight saving). */
export function edxmlTimestamp(at: Date): string {
  // The province's offset is whole minutes: the seconds are the same in UTC.
  const seconds = String(at.getUTCSeconds()).padStart(2, '0');
  return `${localDateOf(at).replace(/-/g, '/')} ${localTimeOf(at)}:${seconds}`;
}

export function parseEdxmlTimestamp(text: string): Date {
  const m = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) throw new Error(`bad edXML timestamp ${text}`);
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+07:00`);
}

const organ = (tag: string, o: EdxmlOrgan) =>
  `<edXML:${tag}>${el('OrganId', o.organId)}${el('OrganizationInCharge', '')}${el('OrganName', o.organName)}${el('OrganAdd', o.organAdd)}${el('Email', o.email)}${el('Telephone', o.telephone)}</edXML:${tag}>`;

export function buildDocumentEdxml(d: EdxmlDocument): string {
  const header = [
    organ('From', d.from),
    ...d.to.map((t) => organ('To', t)),
    el('DocumentId', d.documentId),
    `<edXML:Code>${el('CodeNumber', d.code.number)}${el('CodeNotation', d.code.notation)}</edXML:Code>`,
    `<edXML:PromulgationInfo>${el('Place', d.promulgation.place)}${el('PromulgationDate', d.promulgation.date.replace(/-/g, '/'))}</edXML:PromulgationInfo>`,
    `<edXML:DocumentType>${el('Type', d.documentType.type)}${el('TypeName', d.documentType.typeName)}</edXML:DocumentType>`,
    el('Subject', d.subject),
    el('Content', d.content),
    `<edXML:SignerInfo>${el('Competence', d.signer.competence)}${el('Position', d.signer.position)}${el('FullName', d.signer.fullName)}</edXML:SignerInfo>`,
    el('DueDate', d.dueDate?.replace(/-/g, '/')),
    `<edXML:ToPlaces>${d.toPlaces.map((p) => el('Place', p)).join('')}</edXML:ToPlaces>`,
    `<edXML:OtherInfo>${el('Priority', d.priority)}${el('SphereOfPromulgation', d.sphereOfPromulgation)}${el('TyperNotation', d.typerNotation)}${el('PromulgationAmount', d.promulgationAmount ?? 1)}${el('PageAmount', d.pageAmount ?? 1)}<edXML:Appendixes/></edXML:OtherInfo>`,
    el('SteeringType', d.steeringType),
  ].join('');
  const trace = [
    ...d.trace.map(
      (t) =>
        `<edXML:TraceHeader>${el('OrganId', t.organId)}${el('Timestamp', edxmlTimestamp(t.timestamp))}</edXML:TraceHeader>`,
    ),
    `<edXML:Bussiness>${el('BussinessDocType', d.business.docType)}${el('BussinessDocReason', d.business.reason)}${el('DocumentId', d.documentId)}`,
    `<edXML:StaffInfo>${el('Department', d.staff?.department)}${el('Staff', d.staff?.staff)}${el('Email', d.staff?.email)}</edXML:StaffInfo>`,
    `<edXML:ReplacementInfoList>${(d.business.replaces ?? []).map((r) => `<edXML:ReplacementInfo>${el('DocumentId', r)}</edXML:ReplacementInfo>`).join('')}</edXML:ReplacementInfoList>`,
    '</edXML:Bussiness>',
  ].join('');
  const manifest = d.attachments
    .map(
      (a) =>
        `<edXML:Reference>${el('ContentId', a.contentId)}${el('ContentType', a.contentType)}${el('AttachmentName', a.name)}</edXML:Reference>`,
    )
    .join('');
  const encoded = d.attachments
    .map(
      (a) =>
        `<edXML:Attachment ContentId="${esc(a.contentId)}">${a.data.toString('base64')}</edXML:Attachment>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<edXML:edXMLEnvelope xmlns:edXML="${EDXML_NS}">` +
    `<edXML:edXMLHeader><edXML:MessageHeader>${header}</edXML:MessageHeader><edXML:TraceHeaderList>${trace}</edXML:TraceHeaderList></edXML:edXMLHeader>` +
    `<edXML:edXMLBody><edXML:edXMLManifest>${manifest}</edXML:edXMLManifest><edXML:Attachments>${encoded}</edXML:Attachments></edXML:edXMLBody>` +
    `</edXML:edXMLEnvelope>`
  );
}

export function buildStatusEdxml(s: EdxmlStatus): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<edXML:edXMLEnvelope xmlns:edXML="${EDXML_NS}"><edXML:edXMLHeader><edXML:Status>` +
    `<edXML:ResponseFor>${el('OrganId', s.responseFor.organId)}${el('Code', s.responseFor.code)}${el('PromulgationDate', s.responseFor.promulgationDate?.replace(/-/g, '/'))}${el('DocumentId', s.responseFor.documentId)}</edXML:ResponseFor>` +
    organ('From', s.from) +
    el('StatusCode', s.statusCode) +
    el('Description', s.description) +
    el('Timestamp', edxmlTimestamp(s.timestamp)) +
    `<edXML:StaffInfo>${el('Department', s.staff?.department)}${el('Staff', s.staff?.staff)}</edXML:StaffInfo>` +
    `</edXML:Status></edXML:edXMLHeader><edXML:edXMLBody/></edXML:edXMLEnvelope>`
  );
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) =>
    ['To', 'Place', 'TraceHeader', 'Reference', 'Attachment', 'ReplacementInfo'].includes(name),
  processEntities: true,
});

type Node = Record<string, unknown>;
const obj = (v: unknown): Node => (v && typeof v === 'object' ? (v as Node) : {});
const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]);

const readOrgan = (v: unknown): EdxmlOrgan => {
  const o = obj(v);
  return {
    organId: str(o.OrganId),
    organName: str(o.OrganName),
    ...(str(o.OrganAdd) ? { organAdd: str(o.OrganAdd) } : {}),
    ...(str(o.Email) ? { email: str(o.Email) } : {}),
    ...(str(o.Telephone) ? { telephone: str(o.Telephone) } : {}),
  };
};

const isoDate = (v: string): string => v.replace(/\//g, '-');

export type ParsedEdxml =
  | { kind: 'document'; document: EdxmlDocument }
  | { kind: 'status'; status: EdxmlStatus };

/** Reads a package. Call only after its signature was verified (edxml-signature.ts). */
export function parseEdxml(xml: string): ParsedEdxml {
  const root = obj(parser.parse(xml));
  const envelope = obj(root.edXMLEnvelope);
  const header = obj(envelope.edXMLHeader);
  if (header.Status) {
    const s = obj(header.Status);
    const rf = obj(s.ResponseFor);
    const staff = obj(s.StaffInfo);
    return {
      kind: 'status',
      status: {
        responseFor: {
          organId: str(rf.OrganId),
          code: str(rf.Code),
          documentId: str(rf.DocumentId),
          ...(str(rf.PromulgationDate) ? { promulgationDate: isoDate(str(rf.PromulgationDate)) } : {}),
        },
        from: readOrgan(s.From),
        statusCode: str(s.StatusCode),
        ...(str(s.Description) ? { description: str(s.Description) } : {}),
        timestamp: parseEdxmlTimestamp(str(s.Timestamp)),
        staff: { department: str(staff.Department), staff: str(staff.Staff) },
      },
    };
  }
  const m = obj(header.MessageHeader);
  if (!header.MessageHeader) throw new Error('not an edXML package: no MessageHeader or Status');
  const traceList = obj(header.TraceHeaderList);
  const business = obj(traceList.Bussiness);
  const staff = obj(business.StaffInfo);
  const body = obj(envelope.edXMLBody);
  const refs = arr(obj(body.edXMLManifest).Reference).map(obj);
  const data = new Map(
    arr(obj(body.Attachments).Attachment).map((a) => [str(obj(a)['@ContentId']), str(obj(a)['#text'])]),
  );
  const code = obj(m.Code);
  const prom = obj(m.PromulgationInfo);
  const type = obj(m.DocumentType);
  const signer = obj(m.SignerInfo);
  const other = obj(m.OtherInfo);
  return {
    kind: 'document',
    document: {
      from: readOrgan(m.From),
      to: arr(m.To).map(readOrgan),
      documentId: str(m.DocumentId),
      code: { number: str(code.CodeNumber), notation: str(code.CodeNotation) },
      promulgation: { place: str(prom.Place), date: isoDate(str(prom.PromulgationDate)) },
      documentType: { type: Number(str(type.Type) || 0), typeName: str(type.TypeName) },
      subject: str(m.Subject),
      ...(str(m.Content) ? { content: str(m.Content) } : {}),
      signer: {
        competence: str(signer.Competence),
        position: str(signer.Position),
        fullName: str(signer.FullName),
      },
      ...(str(m.DueDate) ? { dueDate: isoDate(str(m.DueDate)) } : {}),
      toPlaces: arr(obj(m.ToPlaces).Place).map(str),
      priority: Number(str(other.Priority) || 0),
      sphereOfPromulgation: str(other.SphereOfPromulgation),
      typerNotation: str(other.TyperNotation),
      promulgationAmount: Number(str(other.PromulgationAmount) || 1),
      pageAmount: Number(str(other.PageAmount) || 1),
      steeringType: Number(str(m.SteeringType) || 0),
      trace: arr(traceList.TraceHeader)
        .map(obj)
        .map((t) => ({ organId: str(t.OrganId), timestamp: parseEdxmlTimestamp(str(t.Timestamp)) })),
      business: {
        docType: Number(str(business.BussinessDocType) || 0),
        ...(str(business.BussinessDocReason) ? { reason: str(business.BussinessDocReason) } : {}),
        replaces: arr(obj(business.ReplacementInfoList).ReplacementInfo).map((r) => str(obj(r).DocumentId)),
      },
      staff: { department: str(staff.Department), staff: str(staff.Staff), email: str(staff.Email) },
      attachments: refs.map((r) => ({
        contentId: str(r.ContentId),
        contentType: str(r.ContentType),
        name: str(r.AttachmentName),
        data: Buffer.from(data.get(str(r.ContentId)) ?? '', 'base64'),
      })),
    },
  };
}
