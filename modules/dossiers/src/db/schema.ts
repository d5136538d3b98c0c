import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ProcedureSnapshot } from '../domain/ports.ts';

export const dossiersSchema = pgSchema('dossiers');

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One row per dossier (hồ sơ). The state is written only by use-cases/apply-transition.ts; `version`
 * rises with every change (If-Match), `transition_seq` with every state change (notification keys and the
 * national portal's ordering). The procedure is copied at receipt: a later change of the catalogue never
 * changes the time limit or steps promised to this applicant.
 */
export const dossiers = dossiersSchema.table(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    state: text('state').notNull(),
    channel: text('channel').notNull(),
    agencyId: uuid('agency_id').notNull(),
    agencyCode: text('agency_code').notNull(),
    /** Agencies owning an inter-agency (liên thông) step: they may see the dossier. */
    stepAgencyIds: uuid('step_agency_ids').array().notNull().default(sql`'{}'::uuid[]`),
    procedureId: text('procedure_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    serviceLevel: integer('service_level'),
    procedure: jsonb('procedure').$type<ProcedureSnapshot>().notNull(),
    /** The citizen account that submitted online, or null (counter, postal). */
    citizenId: uuid('citizen_id'),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone'),
    applicantEmail: text('applicant_email'),
    applicantAddress: text('applicant_address'),
    // ── The applicant's commune (the dashboard's map) ─────────────────────────────────────────────────
    /**
     * GSO code of the applicant's commune (xã, phường, thị trấn) as in force on the local day of
     * submission (codes are reused: read it with that day). Null when not given. The map sums it into the
     * commune it belongs to today.
     */
    applicantCommuneCode: text('applicant_commune_code'),
    // ──────────────────────────────────────────────────────────────────────────────────────────────────
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    submittedAt: ts('submitted_at').notNull(),
    /** Acceptance (ngày tiếp nhận): the deadline counts from here. */
    receivedAt: ts('received_at'),
    receivedBy: uuid('received_by'),
    dueAt: ts('due_at'),
    /** The calendar versions and office hours the due date was computed with (kept with the promise). */
    deadlineBasis: jsonb('deadline_basis').$type<Record<string, unknown>>(),
    pausedAt: ts('paused_at'),
    supplementDueAt: ts('supplement_due_at'),
    stepIndex: integer('step_index'),
    stepStartedAt: ts('step_started_at'),
    stepDueAt: ts('step_due_at'),
    apologyAt: ts('apology_at'),
    apologyReason: text('apology_reason'),
    apologyNewDueAt: ts('apology_new_due_at'),
    apologyInTime: text('apology_in_time'),
    finishedAt: ts('finished_at'),
    returnedAt: ts('returned_at'),
    withdrawnAt: ts('withdrawn_at'),
    refusedAt: ts('refused_at'),
    payments: jsonb('payments')
      .$type<{ paymentId: string; amount: number; paidAt: string; receiptNumber: string }[]>()
      .notNull()
      .default([]),
    /** The open fee request (VietQR) made at `request_payment`, through the fee-collection port. */
    paymentRequest: jsonb('payment_request').$type<{
      paymentId: string;
      paymentCode: string;
      amount: number;
      qrPayload: string;
      requestedAt: string;
    }>(),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: ts('rated_at'),
    idempotencyScope: text('idempotency_scope'),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    transitionSeq: integer('transition_seq').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dossiers_code_idx').on(t.code),
    uniqueIndex('dossiers_idempotency_idx')
      .on(t.idempotencyScope, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index('dossiers_agency_state_idx').on(t.agencyId, t.state),
    index('dossiers_agency_received_idx').on(t.agencyId, t.receivedAt),
    index('dossiers_due_idx').on(t.state, t.dueAt),
    index('dossiers_citizen_idx').on(t.citizenId),
    index('dossiers_step_agencies_idx').using('gin', t.stepAgencyIds),
    check('dossiers_rating_range', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
    check(
      'dossiers_state_known',
      sql`${t.state} in ('submitted','accepted','refused','processing','supplement_requested','payment_requested','withdrawn','stopped','processed','returned')`,
    ),
  ],
);

/**
 * Every state change and hand-over: the dossier's history and its processing-control slip (phiếu kiểm
 * soát quá trình giải quyết hồ sơ, Circular 01/2018): who gave it, to which step and agency, when, the step
 * deadline and whether the step finished early, on time or late.
 */
export const dossierEvents = dossiersSchema.table(
  'dossier_events',
  {
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    at: ts('at').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    actorAgencyId: uuid('actor_agency_id'),
    note: text('note'),
    /** The step completed by this event, with its deadline and result. */
    stepKey: text('step_key'),
    stepDueAt: ts('step_due_at'),
    stepResult: text('step_result'),
    /** The step handed to next, and its owning agency. */
    nextStepKey: text('next_step_key'),
    nextStepAgencyId: uuid('next_step_agency_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.seq] })],
);

/** Files attached to a dossier. The storage key is generated; the citizen's file name is only metadata. */
export const dossierAttachments = dossiersSchema.table(
  'dossier_attachments',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    componentKey: text('component_key'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedAt: ts('uploaded_at').notNull(),
    uploadedByKind: text('uploaded_by_kind').notNull(),
    uploadedById: text('uploaded_by_id'),
  },
  (t) => [index('dossier_attachments_dossier_idx').on(t.dossierId)],
);

/** Running numbers of dossier codes per agency and local day; a rolled-back receipt consumes none. */
export const dossierSequences = dossiersSchema.table(
  'dossier_sequences',
  {
    agencyId: uuid('agency_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.day] })],
);

// ─── Drafts of online applications (issue 9, item 10) ─────────────────────────────────────────────────
// A signed-in citizen's application before it is sent: one per citizen and procedure, kept on the server so
// that a reload, another device or a shared computer's sign-out loses nothing and leaves nothing behind in
// the browser. Deleted when the dossier is submitted; stale drafts are purged (purgeStaleDrafts).

/**
 * The answers as typed (page by page, as strings keyed `<component>.<property>`), the applicant's contact
 * details, the step reached and the Idempotency-Key the submission will carry (made once with the draft,
 * so a retry from another tab replays the same dossier). `version` rises with every save (If-Match).
 */
export const dossierDrafts = dossiersSchema.table(
  'dossier_drafts',
  {
    id: uuid('id').primaryKey(),
    citizenId: uuid('citizen_id').notNull(),
    procedureId: text('procedure_id').notNull(),
    /** As the catalogue named it when the draft was started, for the citizen's list. */
    procedureCode: text('procedure_code').notNull(),
    procedureName: text('procedure_name').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    values: jsonb('values').$type<Record<string, string>>().notNull().default({}),
    applicant: jsonb('applicant').$type<Record<string, string>>().notNull().default({}),
    step: text('step'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dossier_drafts_citizen_procedure_idx').on(t.citizenId, t.procedureId),
    index('dossier_drafts_updated_idx').on(t.updatedAt),
  ],
);

/**
 * Files chosen in the wizard, uploaded at once to the file storage: one per component (choosing again
 * replaces it). At submission the rows become the dossier's attachments, pointing at the same stored files.
 */
export const dossierDraftFiles = dossiersSchema.table(
  'dossier_draft_files',
  {
    id: uuid('id').primaryKey(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => dossierDrafts.id, { onDelete: 'cascade' }),
    componentKey: text('component_key').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedAt: ts('uploaded_at').notNull(),
  },
  (t) => [uniqueIndex('dossier_draft_files_component_idx').on(t.draftId, t.componentKey)],
);

/**
 * Imports of historic dossiers (a province moving from its previous system), one row per import key: the
 * same key with the same body answers the stored result again; with another body it is refused (422).
 * Each imported dossier also carries its own key (idempotency_scope 'import', the code, its content hash).
 */
export const dossierImports = dossiersSchema.table('dossier_imports', {
  importKey: text('import_key').primaryKey(),
  requestHash: text('request_hash').notNull(),
  importedAt: ts('imported_at').notNull(),
  actorKind: text('actor_kind').notNull(),
  actorId: text('actor_id'),
  actorName: text('actor_name'),
  dossierCount: integer('dossier_count').notNull(),
  result: jsonb('result').$type<Record<string, unknown>>().notNull(),
});
