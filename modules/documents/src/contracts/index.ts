import { Offset, type Static, type TSchema, Type } from '@openprovince/platform/schema';

export { DOCUMENT_GRANTS, DOCUMENT_PERMISSIONS, type DocumentPermission } from './permissions.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Uuid = Type.String({ format: 'uuid' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Instant = Type.String({ format: 'date-time' });

/** Độ khẩn (Decree 30/2020 Art. 8, Appendix I §II.10): thường, Khẩn, Thượng khẩn, Hỏa tốc. */
export const URGENCIES = ['normal', 'urgent', 'top_urgent', 'flash'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = {
  normal: '',
  urgent: 'KHẨN',
  top_urgent: 'THƯỢNG KHẨN',
  flash: 'HỎA TỐC',
};

/** Độ mật (Law 29/2018/QH14 on protecting state secrets): Mật, Tối mật, Tuyệt mật. */
export const SECRECIES = ['normal', 'confidential', 'secret', 'top_secret'] as const;
export type Secrecy = (typeof SECRECIES)[number];

export const DOCUMENT_KINDS = ['administrative', 'official_letter', 'legal', 'party'] as const;
/** '' the head signs; KT. a deputy for the head; TM. for a collective; TUQ. by authorisation; TL. by order. */
export const SIGN_MODES = ['', 'KT.', 'TM.', 'TUQ.', 'TL.'] as const;
export const INCOMING_CHANNELS = ['platform', 'edxml_file', 'paper', 'email'] as const;

export const RecipientSchema = Type.Object({
  agencyId: Type.Optional(Nullable(Uuid)),
  code: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  name: Type.String({ minLength: 1, maxLength: 300 }),
  forInformation: Type.Optional(Type.Boolean()),
});

export const SignatureSchema = Type.Object({
  kind: Type.Enum(['personal', 'organisation']),
  certificateId: Type.String(),
  signerName: Type.String(),
  signMode: Type.Optional(Nullable(Type.String())),
  signedAt: Type.String(),
});

export const OutgoingSchema = Type.Object(
  {
    id: Uuid,
    agencyId: Uuid,
    status: Type.String(),
    kind: Type.Enum(DOCUMENT_KINDS),
    typeCode: Nullable(Type.String()),
    typeName: Nullable(Type.String()),
    subject: Type.String(),
    content: Nullable(Type.String()),
    draftingUnit: Nullable(Type.String()),
    urgency: Type.Enum(URGENCIES),
    secrecy: Type.Enum(SECRECIES),
    isLegal: Type.Boolean(),
    recipients: Type.Array(RecipientSchema),
    file: Nullable(Type.Object({ name: Type.String(), size: Type.Integer(), sha256: Type.String() })),
    createdByName: Type.String(),
    signerName: Nullable(Type.String()),
    signerPosition: Nullable(Type.String()),
    signMode: Nullable(Type.String()),
    signedAt: Nullable(Instant),
    signatures: Type.Array(SignatureSchema),
    number: Nullable(Type.Integer()),
    year: Nullable(Type.Integer()),
    numberSymbol: Nullable(Type.String()),
    issuedAt: Nullable(Instant),
    issueBy: Nullable(Instant),
    replacesId: Nullable(Uuid),
    correctsId: Nullable(Uuid),
    recallReason: Nullable(Type.String()),
    recalledAt: Nullable(Instant),
    version: Type.Integer(),
    createdAt: Instant,
    updatedAt: Instant,
    allowedActions: Type.Array(Type.String()),
  },
  { $id: 'OutgoingDocument' },
);
export type TOutgoing = Static<typeof OutgoingSchema>;

export const OutgoingPage = Type.Object({ items: Type.Array(OutgoingSchema), total: Type.Integer() });

/** Capital letters and digits, as printed in the symbol: VP, TTBCXB, KHTC. */
const DraftingUnit = Type.String({
  pattern: '^[\\p{Lu}0-9]{1,20}$',
  title: 'Đơn vị soạn thảo',
  examples: ['VP'],
});

export const CreateOutgoingBody = Type.Object(
  {
    kind: Type.Enum(DOCUMENT_KINDS, { title: 'Hình thức văn bản' }),
    typeCode: Type.Optional(Type.String({ maxLength: 10, title: 'Loại văn bản' })),
    subject: Type.String({ minLength: 3, maxLength: 1000, title: 'Trích yếu' }),
    content: Type.Optional(Type.String({ maxLength: 200_000, title: 'Nội dung' })),
    /** Decree 30: the drafting unit's abbreviation after the agency's in the symbol (…/STTTT-VP). */
    draftingUnit: Type.Optional(DraftingUnit),
    urgency: Type.Optional(Type.Enum(URGENCIES, { title: 'Độ khẩn' })),
    secrecy: Type.Optional(Type.Enum(SECRECIES, { title: 'Độ mật' })),
    isLegal: Type.Optional(Type.Boolean()),
    recipients: Type.Array(RecipientSchema, { maxItems: 500, title: 'Nơi nhận' }),
    /** The document as a PDF, base64 (≤ ~700 KB in JSON; larger files: PUT /file as application/pdf). */
    pdfBase64: Type.Optional(Type.String({ maxLength: 1_000_000 })),
    fileName: Type.Optional(Type.String({ maxLength: 200 })),
    /** Generate the PDF from the content with the Decree 30 layout when no PDF is given. */
    generateFromTemplate: Type.Optional(Type.Boolean()),
    /** A replacement (content error) of an issued document of the same agency. */
    replacesId: Type.Optional(Uuid),
    /** A correction letter (đính chính, format or procedure error) for an issued document. */
    correctsId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type TCreateOutgoingBody = Static<typeof CreateOutgoingBody>;

export const UpdateOutgoingBody = Type.Object(
  {
    typeCode: Type.Optional(Type.String({ maxLength: 10, title: 'Loại văn bản' })),
    subject: Type.Optional(Type.String({ minLength: 3, maxLength: 1000, title: 'Trích yếu' })),
    content: Type.Optional(Type.String({ maxLength: 200_000, title: 'Nội dung' })),
    draftingUnit: Type.Optional(DraftingUnit),
    urgency: Type.Optional(Type.Enum(URGENCIES, { title: 'Độ khẩn' })),
    secrecy: Type.Optional(Type.Enum(SECRECIES, { title: 'Độ mật' })),
    recipients: Type.Optional(Type.Array(RecipientSchema, { maxItems: 500, title: 'Nơi nhận' })),
    regenerate: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type TUpdateOutgoingBody = Static<typeof UpdateOutgoingBody>;

export const ReauthBody = {
  /** The official's password again: signing needs a re-authentication within five minutes. */
  password: Type.String({ minLength: 1, maxLength: 200, title: 'Mật khẩu' }),
  totp: Type.Optional(Type.String({ pattern: '^[0-9]{6}$', title: 'Mã xác thực' })),
};

export const SignBody = Type.Object(
  {
    ...ReauthBody,
    certificateId: Type.String({ minLength: 1, maxLength: 100, title: 'Chứng thư số cá nhân' }),
    signMode: Type.Optional(Type.Enum(SIGN_MODES, { title: 'Hình thức ký' })),
    /** The signer's position, e.g. "PHÓ CHỦ TỊCH"; with KT. the head's title is given in onBehalfOf. */
    position: Type.String({ minLength: 2, maxLength: 200, title: 'Chức vụ người ký' }),
    onBehalfOf: Type.Optional(Type.String({ maxLength: 200, title: 'Chức danh ký thay' })),
  },
  { additionalProperties: false },
);

export const IssueBody = Type.Object(
  {
    ...ReauthBody,
    organisationCertificateId: Type.String({
      minLength: 1,
      maxLength: 100,
      title: 'Chứng thư số của cơ quan',
    }),
  },
  { additionalProperties: false },
);

export const ReasonBody = Type.Object(
  { reason: Type.String({ minLength: 3, maxLength: 1000, title: 'Lý do' }) },
  { additionalProperties: false },
);
export const OptionalNoteBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);

export const OutgoingListQuery = Type.Object({
  status: Type.Optional(Type.String({ maxLength: 20 })),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2199 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Offset),
});

export const StatusMessageSchema = Type.Object({
  statusCode: Type.String(),
  label: Type.String(),
  labelEn: Type.String(),
  fromAgencyId: Nullable(Type.String()),
  fromCode: Nullable(Type.String()),
  toAgencyId: Nullable(Type.String()),
  description: Nullable(Type.String()),
  staffName: Nullable(Type.String()),
  occurredAt: Instant,
});
export const StatusMessageList = Type.Object({ items: Type.Array(StatusMessageSchema) });

export const IncomingSchema = Type.Object(
  {
    id: Uuid,
    agencyId: Uuid,
    status: Type.String(),
    channel: Type.Enum(INCOMING_CHANNELS),
    senderName: Type.String(),
    senderCode: Nullable(Type.String()),
    numberSymbol: Type.String(),
    issuedOn: Nullable(Type.String()),
    typeCode: Nullable(Type.String()),
    subject: Type.String(),
    signerName: Nullable(Type.String()),
    urgency: Type.Enum(URGENCIES),
    secrecy: Type.Enum(SECRECIES),
    hasFile: Type.Boolean(),
    signatureResult: Nullable(Type.String()),
    signatureReasons: Type.Array(Type.String()),
    receivedAt: Instant,
    registerBy: Nullable(Instant),
    incomingNumber: Nullable(Type.Integer()),
    registeredAt: Nullable(Instant),
    dueAt: Nullable(Instant),
    finishedAt: Nullable(Instant),
    returnReason: Nullable(Type.String()),
    cancelledAt: Nullable(Instant),
    /** The sender recalled it (13): when and why; with status "cancelled" it was cancelled (15), else not (16). */
    recallRequestedAt: Nullable(Instant),
    recallReason: Nullable(Type.String()),
    version: Type.Integer(),
    allowedActions: Type.Array(Type.String()),
  },
  { $id: 'IncomingDocument' },
);
export type TIncoming = Static<typeof IncomingSchema>;
export const IncomingPage = Type.Object({ items: Type.Array(IncomingSchema), total: Type.Integer() });

export const IncomingListQuery = Type.Object({
  status: Type.Optional(Type.String({ maxLength: 100, description: 'Comma-separated states' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Offset),
});

export const ReceiveBody = Type.Object(
  {
    channel: Type.Enum(['paper', 'email']),
    senderName: Type.String({ minLength: 2, maxLength: 300 }),
    senderCode: Type.Optional(Type.String({ maxLength: 20 })),
    numberSymbol: Type.String({ minLength: 3, maxLength: 60 }),
    issuedOn: Type.Optional(IsoDate),
    subject: Type.String({ minLength: 3, maxLength: 1000 }),
    signerName: Type.Optional(Type.String({ maxLength: 200 })),
    urgency: Type.Optional(Type.Enum(URGENCIES)),
    secrecy: Type.Optional(Type.Enum(SECRECIES)),
    pdfBase64: Type.Optional(Type.String({ maxLength: 1_000_000 })),
  },
  { additionalProperties: false },
);

export const PresentBody = Type.Object(
  { leaderName: Type.String({ minLength: 2, maxLength: 200 }) },
  { additionalProperties: false },
);

export const DirectiveBody = Type.Object(
  {
    incomingId: Uuid,
    content: Type.String({ minLength: 2, maxLength: 4000 }),
    leadUnit: Type.String({ minLength: 1, maxLength: 300 }),
    coordinatingUnits: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 50 }),
    ),
    assigneeId: Type.Optional(Uuid),
    /** Deadline as a date (end of that day), or … */
    dueDate: Type.Optional(IsoDate),
    /** … as working days from now on the province's work calendar. */
    workingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    /** The incoming document's version (If-Match is the directive's for edits; here the document's). */
    incomingVersion: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

export const DirectiveSchema = Type.Object({
  id: Uuid,
  incomingId: Uuid,
  leaderName: Type.String(),
  content: Type.String(),
  leadUnit: Type.String(),
  coordinatingUnits: Type.Array(Type.String()),
  assigneeId: Nullable(Uuid),
  dueAt: Nullable(Instant),
  status: Type.String(),
  finishedAt: Nullable(Instant),
  resultNote: Nullable(Type.String()),
  overdue: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Instant,
});
export type TDirective = Static<typeof DirectiveSchema>;
export const DirectiveList = Type.Object({ items: Type.Array(DirectiveSchema) });

export const DirectiveProgressBody = Type.Object(
  { status: Type.Enum(['processing', 'finished']), note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

export const RegisterSchema = Type.Object({
  id: Uuid,
  agencyId: Uuid,
  year: Type.Integer(),
  direction: Type.Enum(['outgoing', 'incoming', 'copy']),
  secrecy: Type.Enum(['normal', 'secret']),
  legalType: Type.String(),
  name: Type.String(),
  lastNumber: Type.Integer(),
  version: Type.Integer(),
});
export type TRegister = Static<typeof RegisterSchema>;
export const RegisterList = Type.Object({ items: Type.Array(RegisterSchema) });

export const CreateRegisterBody = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2199 }),
    direction: Type.Enum(['outgoing', 'incoming']),
    secrecy: Type.Optional(Type.Enum(['normal', 'secret'])),
    legalType: Type.Optional(Type.Enum(['', 'NQ', 'QĐ'])),
    name: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

export const VoidNumberBody = Type.Object(
  { number: Type.Integer({ minimum: 1 }), reason: Type.String({ minLength: 3, maxLength: 1000 }) },
  { additionalProperties: false },
);

export const RegisterEntrySchema = Type.Object({
  number: Type.Integer(),
  status: Type.Enum(['used', 'void']),
  outgoingId: Nullable(Type.String()),
  incomingId: Nullable(Type.String()),
  voidReason: Nullable(Type.String()),
  allocatedAt: Instant,
});
export const RegisterEntryList = Type.Object({ items: Type.Array(RegisterEntrySchema) });

export const RegisterListQuery = Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2199 })),
});

export const StatsQuery = Type.Object({
  from: IsoDate,
  to: IsoDate,
  agencyId: Type.Optional(Uuid),
});
export const StatsSchema = Type.Object({
  /** The agency counted; null for the whole province (documents:stats-all without an agency). */
  agencyId: Nullable(Uuid),
  from: Type.String(),
  to: Type.String(),
  issued: Type.Integer(),
  signedPersonal: Type.Integer(),
  signedOrganisation: Type.Integer(),
  /** Issued documents carrying both signatures, as a share of those issued (0..1). */
  signedShare: Type.Number(),
  incomingByChannel: Type.Record(Type.String(), Type.Integer()),
  directivesFinishedOnTime: Type.Integer(),
  directivesFinishedLate: Type.Integer(),
  directivesOpenOverdue: Type.Integer(),
  directivesOpen: Type.Integer(),
});
export type TStats = Static<typeof StatsSchema>;

export const ReminderSchema = Type.Object({
  kind: Type.Enum(['register_incoming', 'issue_outgoing', 'directive_due']),
  id: Uuid,
  title: Type.String(),
  urgency: Type.Enum(URGENCIES),
  immediate: Type.Boolean(),
  dueAt: Nullable(Instant),
  overdue: Type.Boolean(),
});
export const ReminderList = Type.Object({ items: Type.Array(ReminderSchema) });

export const EdxmlImportResult = Type.Object({
  kind: Type.Enum(['document', 'status']),
  incomingId: Nullable(Uuid),
  outgoingId: Nullable(Uuid),
  statusCode: Nullable(Type.String()),
});

export const FolderSchema = Type.Object({
  id: Uuid,
  year: Type.Integer(),
  code: Type.String(),
  title: Type.String(),
  retention: Type.String(),
  keeper: Nullable(Type.String()),
  status: Type.Enum(['open', 'closed']),
  documentCount: Type.Integer(),
  version: Type.Integer(),
});
export const FolderList = Type.Object({ items: Type.Array(FolderSchema) });
export const CreateFolderBody = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2199 }),
    code: Type.String({ minLength: 1, maxLength: 30 }),
    title: Type.String({ minLength: 3, maxLength: 500 }),
    retention: Type.String({ minLength: 1, maxLength: 50, description: 'e.g. "Vĩnh viễn", "10 năm"' }),
    keeper: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export const FileIntoBody = Type.Object(
  { outgoingId: Type.Optional(Uuid), incomingId: Type.Optional(Uuid) },
  { additionalProperties: false, minProperties: 1 },
);
export const YearQuery = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2199 }) });

/** Copy forms (Decree 30/2020 Art. 25): SY sao y, SL sao lục, TS trích sao. */
export const COPY_FORMS = ['SY', 'SL', 'TS'] as const;

export const CreateCopyBody = Type.Object(
  {
    ...ReauthBody,
    form: Type.Enum(COPY_FORMS, { title: 'Hình thức sao' }),
    /** The copying agency's organisation certificate (its clerk signs the copy). */
    organisationCertificateId: Type.String({
      minLength: 1,
      maxLength: 100,
      title: 'Chứng thư số của cơ quan',
    }),
    /** For an extract (TS): which part is copied. */
    excerpt: Type.Optional(Type.String({ minLength: 3, maxLength: 2000, title: 'Phần trích sao' })),
    /** Who the copy is for (printed under "Nơi nhận"). */
    recipients: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const CopySchema = Type.Object({
  id: Uuid,
  agencyId: Uuid,
  outgoingId: Nullable(Uuid),
  incomingId: Nullable(Uuid),
  form: Type.Enum(COPY_FORMS),
  number: Type.Integer(),
  year: Type.Integer(),
  numberSymbol: Type.String(),
  sourceNumberSymbol: Type.String(),
  subject: Type.String(),
  excerpt: Nullable(Type.String()),
  recipients: Type.Array(Type.String()),
  file: Type.Object({ name: Type.String(), size: Type.Integer(), sha256: Type.String() }),
  copiedByName: Type.String(),
  createdAt: Instant,
});
export type TCopy = Static<typeof CopySchema>;
export const CopyList = Type.Object({ items: Type.Array(CopySchema) });
