import { Offset, type Static, type TSchema, Type } from '@openprovince/platform/schema';
import { CHANNELS, DOSSIER_STATES } from './states.ts';

export * from './drafts.ts';
export * from './historic-import.ts';
export * from './permissions.ts';
export * from './states.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
/** 0xxxxxxxxx (Vietnamese mobile or landline), or +84… */
const Phone = Type.String({ pattern: '^(\\+84|0)\\d{9,10}$', maxLength: 13 });
/** A GSO administrative unit code (5 digits for a commune). */
const CommuneCode = Type.String({ pattern: '^\\d{5}$', description: 'GSO commune code, e.g. 29242' });

export const ACTION_NAMES = [
  'accept',
  'refuse',
  'forward',
  'request_supplement',
  'resubmit',
  'request_payment',
  'payment_received',
  'process',
  'approve',
  'send_back',
  'stop',
  'return',
  'withdraw',
  'apologise',
] as const;

export const ApplicantSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    phone: Type.Optional(Phone),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    address: Type.Optional(Type.String({ maxLength: 500 })),
    /** The applicant's commune: its GSO code as in force on the day of submission (e.g. "29242"). */
    communeCode: Type.Optional(CommuneCode),
  },
  { additionalProperties: false },
);

export const SubmitBodySchema = Type.Object(
  {
    procedureId: Type.String({ minLength: 1, maxLength: 100 }),
    applicant: ApplicantSchema,
    answers: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Type.Unknown())),
    /**
     * The citizen's draft of this procedure: its files become the dossier's attachments (every required
     * file component must have one) and the draft is deleted, in the submission's transaction.
     */
    draftId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type TSubmitBody = Static<typeof SubmitBodySchema>;

export const CounterBodySchema = Type.Object(
  {
    procedureId: Type.String({ minLength: 1, maxLength: 100 }),
    channel: Type.Optional(Type.Enum(['direct', 'postal'] as const)),
    applicant: ApplicantSchema,
    answers: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Type.Unknown())),
  },
  { additionalProperties: false },
);
export type TCounterBody = Static<typeof CounterBodySchema>;

// ── return with its result (i9-officer) ────────────────────────────────────────────────────────────
export const ResultFileSchema = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 255 }),
    /** The file's bytes in base64 (PDF, PNG or JPEG, checked by content). */
    contentBase64: Type.String({ minLength: 1, maxLength: 7_200_000 }),
  },
  { additionalProperties: false },
);
export type TResultFile = Static<typeof ResultFileSchema>;
/** How the applicant gets the result: a file to download online, or paper at the counter / by post. */
export const RESULT_DELIVERIES = ['online', 'paper'] as const;
export type ResultDelivery = (typeof RESULT_DELIVERIES)[number];
// ────────────────────────────────────────────────────────────────────────────────────────────────────

export const TransitionBodySchema = Type.Object(
  {
    action: Type.Enum(ACTION_NAMES),
    note: Type.Optional(Type.String({ maxLength: 4000 })),
    /** apologise: the new return date (ISO instant). */
    newDueAt: Type.Optional(DateTime),
    /** request_supplement: the items to hand in. */
    items: Type.Optional(Type.Array(Type.String({ maxLength: 500 }), { maxItems: 50 })),
    /** request_supplement: days the applicant has to hand them in (calendar days). */
    supplementDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
    // ── return with its result (i9-officer) ──────────────────────────────────────────────────────────
    /** return: the result file (kết quả giải quyết), attached and returned in one action. */
    resultFile: Type.Optional(ResultFileSchema),
    /** return: the result is handed over on paper (at the counter or by post), not as a file. */
    onPaper: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type TTransitionBody = Static<typeof TransitionBodySchema>;

export const StepSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  role: Type.Enum(['specialist', 'leader'] as const),
  agencyId: Nullable(Type.String()),
  hours: Type.Number(),
});

export const DossierEventSchema = Type.Object({
  seq: Type.Integer(),
  action: Type.String(),
  fromState: Nullable(Type.String()),
  toState: Type.String(),
  at: DateTime,
  actorKind: Type.String(),
  actorName: Nullable(Type.String()),
  actorAgencyId: Nullable(Type.String()),
  note: Nullable(Type.String()),
  stepKey: Nullable(Type.String()),
  stepDueAt: Nullable(DateTime),
  stepResult: Nullable(Type.String()),
  nextStepKey: Nullable(Type.String()),
  /** The agency that owns the step handed to (i9-officer). */
  nextStepAgencyId: Nullable(Type.String()),
});

export const AttachmentSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  componentKey: Nullable(Type.String()),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: DateTime,
});
export type TAttachment = Static<typeof AttachmentSchema>;

// ── officer's view (i9-officer) ──────────────────────────────────────────────────────────────────────
export const DeclarationSectionSchema = Type.Object({
  componentKey: Nullable(Type.String()),
  componentName: Type.String(),
  fields: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), value: Type.String() })),
});

export const HOLDERS = ['one_stop', 'specialist', 'leader', 'applicant'] as const;

export const AvailableActionSchema = Type.Object(
  {
    action: Type.Enum(ACTION_NAMES),
    name: Type.String(),
    nameEn: Type.String(),
    /** A comment is required (refusal, supplement, send back, stop, withdrawal, apology). */
    noteRequired: Type.Boolean(),
    /** Where the dossier goes: its state, who holds it then (role), which step, which agency. */
    next: Type.Object({
      state: Type.Enum(DOSSIER_STATES),
      stateName: Type.String(),
      holder: Type.Enum(HOLDERS),
      step: Nullable(Type.Object({ key: Type.String(), name: Type.String() })),
      agencyId: Type.String(),
      agencyName: Type.String(),
    }),
  },
  { $id: 'DossierAvailableAction' },
);
export type TAvailableAction = Static<typeof AvailableActionSchema>;
// ────────────────────────────────────────────────────────────────────────────────────────────────────

export const DossierSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    code: Type.String(),
    state: Type.Enum(DOSSIER_STATES),
    stateName: Type.String(),
    stateNameEn: Type.String(),
    nationalStatus: Type.Integer(),
    channel: Type.Enum(CHANNELS),
    agencyId: Type.String(),
    agencyCode: Type.String(),
    procedure: Type.Object({
      id: Type.String(),
      nationalCode: Type.String(),
      name: Type.String(),
      serviceLevel: Nullable(Type.Integer()),
    }),
    applicant: Type.Object({
      name: Type.String(),
      phone: Nullable(Type.String()),
      email: Nullable(Type.String()),
      address: Nullable(Type.String()),
      /** GSO code of the applicant's commune as in force on the day of submission, or null. */
      communeCode: Nullable(Type.String()),
    }),
    citizenId: Nullable(Type.String()),
    answers: Type.Record(Type.String(), Type.Unknown()),
    submittedAt: DateTime,
    receivedAt: Nullable(DateTime),
    dueAt: Nullable(DateTime),
    /** `HH:mm dd/mm/yyyy` in Asia/Ho_Chi_Minh. */
    dueAtText: Nullable(Type.String()),
    /**
     * A new online dossier has no due date until the one-stop section accepts it (the time limit counts from
     * acceptance); this is the date it would get if accepted now, for the applicant's confirmation page.
     * Null once `dueAt` is set.
     */
    expectedDueAt: Nullable(DateTime),
    pausedAt: Nullable(DateTime),
    supplementDueAt: Nullable(DateTime),
    currentStep: Nullable(
      Type.Object({
        index: Type.Integer(),
        key: Type.String(),
        name: Type.String(),
        role: Type.String(),
        agencyId: Type.String(),
        dueAt: Nullable(DateTime),
      }),
    ),
    steps: Type.Array(StepSchema),
    apology: Nullable(
      Type.Object({ at: DateTime, reason: Type.String(), newDueAt: DateTime, inTime: Type.Boolean() }),
    ),
    /** The deadline is less than one working day away and no apology slip was issued (Decree 61/2018). */
    apologyRequired: Type.Boolean(),
    finishedAt: Nullable(DateTime),
    returnedAt: Nullable(DateTime),
    payments: Type.Array(
      Type.Object({
        paymentId: Type.String(),
        amount: Type.Number(),
        paidAt: Type.String(),
        receiptNumber: Type.String(),
      }),
    ),
    fees: Type.Array(Type.Object({ name: Type.String(), amount: Type.Number() })),
    /** The open fee request: pay by scanning the VietQR code (transfer content = paymentCode). */
    paymentRequest: Nullable(
      Type.Object({
        paymentId: Type.String(),
        paymentCode: Type.String(),
        amount: Type.Number(),
        qrPayload: Type.String(),
        requestedAt: Type.String(),
      }),
    ),
    rating: Nullable(Type.Integer()),
    attachments: Type.Array(AttachmentSchema),
    events: Type.Array(DossierEventSchema),
    version: Type.Integer(),
    // ── officer's view (i9-officer) ──────────────────────────────────────────────────────────────────
    /** A fully online service (toàn trình): the result is delivered as a file unless said to be on paper. */
    fullyOnline: Type.Boolean(),
    /** How the result was handed over, once returned. */
    resultDelivery: Nullable(Type.Enum(RESULT_DELIVERIES)),
    /** The procedure's components (thành phần hồ sơ) as at receipt: the attachments are grouped by them. */
    components: Type.Array(
      Type.Object({ key: Type.String(), name: Type.String(), required: Type.Boolean() }),
    ),
    /** The applicant's declaration (tờ khai) under the e-form's titles, dates dd/mm/yyyy. */
    declaration: Type.Array(DeclarationSectionSchema),
    /** The names of the agencies the dossier passes through (receiving agency, inter-agency steps). */
    agencyNames: Type.Record(Type.String(), Type.String()),
    /** What the caller may do now, each with where the dossier goes (decided by the workflow table). */
    availableActions: Type.Array(AvailableActionSchema),
    // ────────────────────────────────────────────────────────────────────────────────────────────────────
  },
  { $id: 'Dossier' },
);
export type TDossier = Static<typeof DossierSchema>;

export const DossierSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  state: Type.Enum(DOSSIER_STATES),
  stateName: Type.String(),
  channel: Type.Enum(CHANNELS),
  agencyId: Type.String(),
  procedureName: Type.String(),
  applicantName: Type.String(),
  submittedAt: DateTime,
  receivedAt: Nullable(DateTime),
  dueAt: Nullable(DateTime),
  version: Type.Integer(),
});
export type TDossierSummary = Static<typeof DossierSummarySchema>;

export const DOSSIER_QUEUES = [
  'all',
  'todo',
  'online',
  'due-soon',
  'overdue',
  'apology-due',
  'mine',
] as const;
export type DossierQueue = (typeof DOSSIER_QUEUES)[number];

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * The statistics figures a list can be drilled down to: every dossier to handle in the period, those
 * received in it, finished (early, on time, late), in progress (within deadline, overdue), and "late or
 * overdue" (the two red figures together).
 */
export const STAT_FIGURES = [
  'to-handle',
  'received',
  'finished',
  'early',
  'on-time',
  'late',
  'in-progress',
  'within-deadline',
  'overdue',
  'late-or-overdue',
] as const;
export type StatFigure = (typeof STAT_FIGURES)[number];

export const ListQuerySchema = Type.Object(
  {
    queue: Type.Optional(Type.Enum(DOSSIER_QUEUES)),
    state: Type.Optional(Type.Enum(DOSSIER_STATES)),
    /**
     * Drill-down from the statistics: the agencies whose dossiers to list (comma-separated ids). One's own
     * agency needs dossiers:read; any other agency needs dossiers:stats-all.
     */
    agencyIds: Type.Optional(
      Type.String({
        pattern: `^${UUID_PATTERN}(,${UUID_PATTERN}){0,99}$`,
        description: 'uuid,uuid,… (at most 100)',
      }),
    ),
    /** With `to`: the dossiers that count in this statistics period (Circular 01/2018), as `figure` says. */
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    figure: Type.Optional(Type.Enum(STAT_FIGURES)),
    serviceLevel: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
    /**
     * Drill-down from the commune map: only the dossiers whose applicant lives in this commune of today's
     * map (its GSO code), or in a former commune merged into it.
     */
    applicantCommune: Type.Optional(CommuneCode),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Offset),
  },
  { additionalProperties: false },
);
export type TListQuery = Static<typeof ListQuerySchema>;

export const DossierListSchema = Type.Object({
  items: Type.Array(DossierSummarySchema),
  total: Type.Integer(),
});

/**
 * The component key of the result file (kết quả giải quyết) an official attaches before returning the
 * dossier; only officials may attach under it, and the applicant downloads it once the result is returned.
 */
export const RESULT_COMPONENT_KEY = 'ket-qua';

export const DOCUMENT_FILES = [
  'receipt.pdf',
  'supplement.pdf',
  'refusal.pdf',
  'apology.pdf',
  'control.pdf',
  'payment.pdf',
] as const;
export type DocumentKind = 'receipt' | 'supplement' | 'refusal' | 'apology' | 'control' | 'payment';

export const LookupQuerySchema = Type.Object(
  { code: Type.String({ minLength: 5, maxLength: 60 }), phone: Type.String({ minLength: 9, maxLength: 15 }) },
  { additionalProperties: false },
);

export const LookupResultSchema = Type.Object({
  code: Type.String(),
  procedureName: Type.String(),
  state: Type.Enum(DOSSIER_STATES),
  stateName: Type.String(),
  stateNameEn: Type.String(),
  submittedAt: DateTime,
  receivedAt: Nullable(DateTime),
  dueAt: Nullable(DateTime),
  dueAtText: Nullable(Type.String()),
  finishedAt: Nullable(DateTime),
  /** Initials only: the look-up is anonymous. */
  applicantInitials: Type.String(),
  // ── return with its result (i9-officer) ──────────────────────────────────────────────────────────
  /**
   * Once there is a result: online (download on the portal) or paper (collect at the one-stop counter) —
   * as returned, or as it will be (fully online services deliver online); null before.
   */
  resultDelivery: Nullable(Type.Enum(RESULT_DELIVERIES)),
});
export type TLookupResult = Static<typeof LookupResultSchema>;

export const RatingBodySchema = Type.Object(
  {
    rating: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const StatsQuerySchema = Type.Object(
  {
    agencyId: Type.Optional(Type.String({ format: 'uuid' })),
    procedureId: Type.Optional(Type.String({ maxLength: 100 })),
    serviceLevel: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
    from: IsoDate,
    to: IsoDate,
    asOf: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type TStatsQuery = Static<typeof StatsQuerySchema>;

export const StatsYearsQuerySchema = Type.Object(
  { agencyId: Type.Optional(Type.String({ format: 'uuid' })) },
  { additionalProperties: false },
);
export type TStatsYearsQuery = Static<typeof StatsYearsQuerySchema>;

export const StatsYearsSchema = Type.Object({
  /** Years (local calendar) in which dossiers were received, latest first. */
  years: Type.Array(Type.Integer()),
});

export const FiguresSchema = Type.Object({
  carriedOver: Type.Integer(),
  received: Type.Object({
    total: Type.Integer(),
    direct: Type.Integer(),
    online: Type.Integer(),
    postal: Type.Integer(),
  }),
  totalToHandle: Type.Integer(),
  finished: Type.Object({
    total: Type.Integer(),
    early: Type.Integer(),
    onTime: Type.Integer(),
    late: Type.Integer(),
  }),
  inProgress: Type.Object({ total: Type.Integer(), withinDeadline: Type.Integer(), overdue: Type.Integer() }),
  withdrawn: Type.Integer(),
  onlineRate: Nullable(Type.Number()),
  onTimeRate: Nullable(Type.Number()),
  satisfaction: Type.Object({ count: Type.Integer(), average: Nullable(Type.Number()) }),
});

export const StatsResultSchema = Type.Object({
  from: IsoDate,
  to: IsoDate,
  asOf: IsoDate,
  definitions: Type.String(),
  total: FiguresSchema,
  rows: Type.Array(
    Type.Object({
      agencyId: Type.String(),
      procedureId: Type.String(),
      procedureName: Type.String(),
      serviceLevel: Nullable(Type.Integer()),
      figures: FiguresSchema,
    }),
  ),
});
export type TStatsResult = Static<typeof StatsResultSchema>;

// ── Figures by the applicants' communes (the dashboard's map) ────────────────────────────────────────

export const CommuneStatsQuerySchema = Type.Object(
  {
    from: IsoDate,
    to: IsoDate,
    /**
     * The agencies whose dossiers to count (comma-separated ids): one's own without dossiers:stats-all, any
     * with it. Default: one's own agency, or every agency with stats-all.
     */
    agencyIds: Type.Optional(
      Type.String({
        pattern: `^${UUID_PATTERN}(,${UUID_PATTERN}){0,99}$`,
        description: 'uuid,uuid,… (at most 100)',
      }),
    ),
    serviceLevel: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
  },
  { additionalProperties: false },
);
export type TCommuneStatsQuery = Static<typeof CommuneStatsQuerySchema>;

export const CommuneStatsResultSchema = Type.Object({
  from: IsoDate,
  to: IsoDate,
  asOf: IsoDate,
  /** The day of the communes the figures are summed into (the map's boundaries). */
  mapDate: IsoDate,
  /** Dossiers to handle in the period whose applicant's commune is on the map. */
  located: Type.Integer(),
  /** Dossiers to handle in the period without an applicant's commune (or outside the map). */
  unlocated: Type.Integer(),
  communes: Type.Array(
    Type.Object({
      /** GSO code of the commune on `mapDate`. */
      code: Type.String(),
      name: Type.String(),
      nameEn: Type.String(),
      /** The communes as the applicants gave them (former units merged into this one, or itself). */
      applicantCommunes: Type.Array(
        Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() }),
      ),
      figures: FiguresSchema,
    }),
  ),
});
export type TCommuneStatsResult = Static<typeof CommuneStatsResultSchema>;
