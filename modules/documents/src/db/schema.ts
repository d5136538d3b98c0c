import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const documentsSchema = pgSchema('documents');

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Registers (sổ đăng ký văn bản) per agency, year, direction, secrecy and, for normative legal documents,
 * type (Decree 30/2020 Art. 15 §1, Art. 22). `last_number` is the counter: numbers are taken by
 * `update … set last_number = last_number + 1 returning` inside the issuing transaction, so the row lock
 * serialises issuers and a rollback gives the number back.
 */
export const registers = documentsSchema.table(
  'registers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    /** 'copy': the copy register (sổ bản sao, Decree 30/2020 Art. 26), numbers of the agency's copies. */
    direction: text('direction', { enum: ['outgoing', 'incoming', 'copy'] }).notNull(),
    secrecy: text('secrecy', { enum: ['normal', 'secret'] })
      .notNull()
      .default('normal'),
    /** '' for the common series; NQ or QĐ for a normative legal series. */
    legalType: text('legal_type').notNull().default(''),
    name: text('name').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('registers_series_key').on(t.agencyId, t.year, t.direction, t.secrecy, t.legalType),
    check('registers_last_number_check', sql`${t.lastNumber} >= 0`),
  ],
);

/** Every number a register gave, used or void: the register book itself. Numbers are never reused. */
export const registerEntries = documentsSchema.table(
  'register_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registerId: uuid('register_id')
      .notNull()
      .references(() => registers.id),
    number: integer('number').notNull(),
    status: text('status', { enum: ['used', 'void'] })
      .notNull()
      .default('used'),
    outgoingId: uuid('outgoing_id'),
    incomingId: uuid('incoming_id'),
    copyId: uuid('copy_id'),
    voidReason: text('void_reason'),
    voidedAt: ts('voided_at'),
    allocatedAt: ts('allocated_at').notNull().defaultNow(),
  },
  (t) => [unique('register_entries_number_key').on(t.registerId, t.number)],
);

export interface Recipient {
  /** Agency on the platform, when it is one. */
  agencyId?: string | null;
  /** QCVN 102 OrganId (Decision 20/2020 code), when known. */
  code?: string | null;
  name: string;
  /** For information only (để báo cáo, lưu) rather than for action. */
  forInformation?: boolean;
}

export interface SignatureRecord {
  kind: 'personal' | 'organisation';
  certificateId: string;
  signerName: string;
  signMode?: string | null;
  signedAt: string;
}

/** Outgoing documents (văn bản đi), from draft to issued. */
export const outgoing = documentsSchema.table(
  'outgoing',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    status: text('status').notNull().default('draft'),
    kind: text('kind').notNull(),
    typeCode: text('type_code'),
    subject: text('subject').notNull(),
    content: text('content'),
    draftingUnit: text('drafting_unit'),
    urgency: text('urgency').notNull().default('normal'),
    secrecy: text('secrecy').notNull().default('normal'),
    isLegal: boolean('is_legal').notNull().default(false),
    recipients: jsonb('recipients').$type<Recipient[]>().notNull().default([]),
    fileKey: text('file_key'),
    fileSha256: text('file_sha256'),
    fileName: text('file_name'),
    fileSize: integer('file_size'),
    pageCount: integer('page_count'),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    signerId: uuid('signer_id'),
    signerName: text('signer_name'),
    signerPosition: text('signer_position'),
    /** '' (the head signs), KT., TM., TUQ., TL. (Decree 30 Art. 13). */
    signMode: text('sign_mode'),
    signedAt: ts('signed_at'),
    signatures: jsonb('signatures').$type<SignatureRecord[]>().notNull().default([]),
    registerId: uuid('register_id').references(() => registers.id),
    number: integer('number'),
    year: integer('year'),
    numberSymbol: text('number_symbol'),
    issuedAt: ts('issued_at'),
    issuedBy: uuid('issued_by'),
    /** Issue by this instant: the signing day or the next working day; urgent documents at once. */
    issueBy: ts('issue_by'),
    replacesId: uuid('replaces_id'),
    correctsId: uuid('corrects_id'),
    recallReason: text('recall_reason'),
    recalledAt: ts('recalled_at'),
    fileFolderId: uuid('file_folder_id'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('outgoing_agency_status_idx').on(t.agencyId, t.status),
    uniqueIndex('outgoing_symbol_year_idx')
      .on(t.agencyId, t.year, t.numberSymbol)
      .where(sql`${t.numberSymbol} is not null`),
  ],
);

/** Incoming documents (văn bản đến), one row per receiving agency. */
export const incoming = documentsSchema.table(
  'incoming',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    status: text('status').notNull().default('arrived'),
    channel: text('channel', { enum: ['platform', 'edxml_file', 'paper', 'email'] }).notNull(),
    /** The outgoing row when the sender is on the platform. */
    sourceId: uuid('source_id'),
    senderAgencyId: uuid('sender_agency_id'),
    senderCode: text('sender_code'),
    senderName: text('sender_name').notNull(),
    numberSymbol: text('number_symbol').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }),
    typeCode: text('type_code'),
    subject: text('subject').notNull(),
    signerName: text('signer_name'),
    urgency: text('urgency').notNull().default('normal'),
    secrecy: text('secrecy').notNull().default('normal'),
    fileKey: text('file_key'),
    fileSha256: text('file_sha256'),
    signatureResult: text('signature_result'),
    signatureReasons: jsonb('signature_reasons').$type<string[]>().notNull().default([]),
    receivedAt: ts('received_at').notNull(),
    /** Register by (same day / next working day; at once for Hỏa tốc, Thượng khẩn, Khẩn). */
    registerBy: ts('register_by'),
    registerId: uuid('register_id').references(() => registers.id),
    incomingNumber: integer('incoming_number'),
    registeredAt: ts('registered_at'),
    presentedTo: text('presented_to'),
    dueAt: ts('due_at'),
    finishedAt: ts('finished_at'),
    returnReason: text('return_reason'),
    cancelledAt: ts('cancelled_at'),
    /** The sender's recall (13): when it came and why, whether the copy could be cancelled (15) or not (16). */
    recallRequestedAt: ts('recall_requested_at'),
    recallReason: text('recall_reason'),
    fileFolderId: uuid('file_folder_id'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('incoming_agency_status_idx').on(t.agencyId, t.status),
    uniqueIndex('incoming_source_agency_idx')
      .on(t.sourceId, t.agencyId)
      .where(sql`${t.sourceId} is not null`),
  ],
);

/** Leaders' directives on incoming documents (ý kiến chỉ đạo, Decree 30 Art. 24). */
export const directives = documentsSchema.table(
  'directives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    incomingId: uuid('incoming_id')
      .notNull()
      .references(() => incoming.id),
    leaderId: uuid('leader_id'),
    leaderName: text('leader_name').notNull(),
    content: text('content').notNull(),
    leadUnit: text('lead_unit').notNull(),
    coordinatingUnits: jsonb('coordinating_units').$type<string[]>().notNull().default([]),
    assigneeId: uuid('assignee_id'),
    dueAt: ts('due_at'),
    status: text('status', { enum: ['open', 'processing', 'finished', 'cancelled'] })
      .notNull()
      .default('open'),
    finishedAt: ts('finished_at'),
    resultNote: text('result_note'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('directives_agency_status_idx').on(t.agencyId, t.status)],
);

/**
 * Status messages (QCVN 102 Status) about an outgoing document, from a recipient to the issuer and
 * (13) from the issuer to recipients. Kept for the issuer's tracking screen and as an exchange log.
 */
export const statusMessages = documentsSchema.table(
  'status_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outgoingId: uuid('outgoing_id'),
    incomingId: uuid('incoming_id'),
    fromAgencyId: uuid('from_agency_id'),
    fromCode: text('from_code'),
    toAgencyId: uuid('to_agency_id'),
    toCode: text('to_code'),
    statusCode: text('status_code').notNull(),
    description: text('description'),
    staffName: text('staff_name'),
    occurredAt: ts('occurred_at').notNull(),
  },
  (t) => [index('status_messages_outgoing_idx').on(t.outgoingId, t.occurredAt)],
);

/** edXML packages sent and received (document and status packages), signed, as exchanged. */
export const exchangePackages = documentsSchema.table(
  'exchange_packages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    direction: text('direction', { enum: ['out', 'in'] }).notNull(),
    kind: text('kind', { enum: ['document', 'status'] }).notNull(),
    agencyId: uuid('agency_id'),
    fromCode: text('from_code').notNull(),
    toCode: text('to_code'),
    outgoingId: uuid('outgoing_id'),
    incomingId: uuid('incoming_id'),
    statusCode: text('status_code'),
    xml: text('xml').notNull(),
    deliveredAt: ts('delivered_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('exchange_packages_outgoing_idx').on(t.outgoingId)],
);

/** Files (hồ sơ) of the annual file list (Danh mục hồ sơ, Decree 30 Art. 28). */
export const fileFolders = documentsSchema.table(
  'file_folders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    retention: text('retention').notNull(),
    keeper: text('keeper'),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('file_folders_code_key').on(t.agencyId, t.year, t.code)],
);

/**
 * Copies (bản sao, Decree 30/2020 Art. 25–27): "sao y", "sao lục" or "trích sao" of an issued outgoing
 * document or of a received incoming one, made by the agency that holds it. Each copy has its own
 * number from the copy register ("01/SY-STTTT"), a PDF carrying the copy block of Appendix I and the
 * agency's organisation signature.
 */
export const copies = documentsSchema.table(
  'copies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    outgoingId: uuid('outgoing_id').references(() => outgoing.id),
    incomingId: uuid('incoming_id').references(() => incoming.id),
    /** SY sao y, SL sao lục, TS trích sao. */
    form: text('form', { enum: ['SY', 'SL', 'TS'] }).notNull(),
    registerId: uuid('register_id')
      .notNull()
      .references(() => registers.id),
    number: integer('number').notNull(),
    year: integer('year').notNull(),
    numberSymbol: text('number_symbol').notNull(),
    sourceNumberSymbol: text('source_number_symbol').notNull(),
    subject: text('subject').notNull(),
    /** For an extract (trích sao): the part copied. */
    excerpt: text('excerpt'),
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    fileKey: text('file_key').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileSize: integer('file_size').notNull(),
    certificateId: text('certificate_id').notNull(),
    copiedBy: uuid('copied_by').notNull(),
    copiedByName: text('copied_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('copies_outgoing_idx').on(t.outgoingId),
    index('copies_incoming_idx').on(t.incomingId),
    unique('copies_register_number_key').on(t.registerId, t.number),
    check('copies_one_source_check', sql`(${t.outgoingId} is null) <> (${t.incomingId} is null)`),
  ],
);
