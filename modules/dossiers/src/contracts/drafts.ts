import { type Static, type TSchema, Type } from '@openprovince/platform/schema';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

/** Days a draft is kept after its last save; older drafts and their files are purged (purgeStaleDrafts). */
export const DRAFT_RETENTION_DAYS = 30;

/**
 * The applicant's contact details as typed so far: a draft may hold an unfinished or wrong value, which the
 * wizard and the submission check; only lengths are bounded here.
 */
const draftApplicantFields = {
  name: Type.String({ maxLength: 200 }),
  phone: Type.String({ maxLength: 30 }),
  email: Type.String({ maxLength: 200 }),
  address: Type.String({ maxLength: 500 }),
  /**
   * GSO code of the commune of residence, '' when not chosen (the dashboard's map); whether it is in force
   * is checked at submission, as for the counter.
   */
  communeCode: Type.String({ pattern: '^(\\d{5})?$' }),
};

export const DraftApplicantSchema = Type.Object(draftApplicantFields, { additionalProperties: false });
export type TDraftApplicant = Static<typeof DraftApplicantSchema>;

/** What a save sends: the commune is optional, so a wizard opened before it was asked still saves. */
const SaveDraftApplicant = Type.Object(
  { ...draftApplicantFields, communeCode: Type.Optional(draftApplicantFields.communeCode) },
  { additionalProperties: false },
);

/** Answers as typed, keyed `<componentKey>.<property>` (the wizard's question ids). */
const DraftValues = Type.Record(
  Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}\\.[a-zA-Z][a-zA-Z0-9_]{0,63}$' }),
  Type.String({ maxLength: 5000 }),
  { maxProperties: 500, additionalProperties: false },
);

/** The wizard's page reached: a question id, `attachments`, `applicant` or `check`. */
const DraftStep = Type.String({ pattern: '^[a-zA-Z0-9._-]{1,130}$' });

export const DraftFileSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  componentKey: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  uploadedAt: DateTime,
});
export type TDraftFile = Static<typeof DraftFileSchema>;

export const DraftSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    procedureId: Type.String(),
    procedureCode: Type.String(),
    procedureName: Type.String(),
    /** Sent as Idempotency-Key with the submission: a retry, from any tab, replays the same dossier. */
    idempotencyKey: Type.String(),
    values: Type.Record(Type.String(), Type.String()),
    applicant: DraftApplicantSchema,
    step: Nullable(Type.String()),
    files: Type.Array(DraftFileSchema),
    version: Type.Integer(),
    createdAt: DateTime,
    updatedAt: DateTime,
    /** When the draft is purged if it is not saved again. */
    expiresAt: DateTime,
  },
  { $id: 'DossierDraft' },
);
export type TDraft = Static<typeof DraftSchema>;

/** What the account knows of the citizen, to fill in the application (their own data, to them only). */
export const DraftAccountSchema = Type.Object({
  fullName: Type.String(),
  personalId: Type.String(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
});
export type TDraftAccount = Static<typeof DraftAccountSchema>;

export const OpenedDraftSchema = Type.Object({
  ...DraftSchema.properties,
  /** True when this call started the draft (the wizard then fills in what the account knows). */
  created: Type.Boolean(),
  account: DraftAccountSchema,
});
export type TOpenedDraft = Static<typeof OpenedDraftSchema>;

export const OpenDraftBody = Type.Object(
  { procedureId: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);

export const SaveDraftBody = Type.Object(
  {
    values: DraftValues,
    applicant: SaveDraftApplicant,
    step: Type.Optional(Nullable(DraftStep)),
  },
  { additionalProperties: false },
);
export type TSaveDraftBody = Static<typeof SaveDraftBody>;

export const DraftSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  procedureId: Type.String(),
  procedureCode: Type.String(),
  procedureName: Type.String(),
  step: Nullable(Type.String()),
  fileCount: Type.Integer(),
  updatedAt: DateTime,
  expiresAt: DateTime,
});
export type TDraftSummary = Static<typeof DraftSummarySchema>;

export const DraftListSchema = Type.Object({ items: Type.Array(DraftSummarySchema) });
