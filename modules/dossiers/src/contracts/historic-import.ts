import { type Static, Type } from '@openprovince/platform/schema';
import { CHANNELS } from './states.ts';

const DateTime = Type.String({ format: 'date-time' });
const Phone = Type.String({ pattern: '^(\\+84|0)\\d{9,10}$', maxLength: 13 });

/**
 * What a historic dossier's events may be: the lifecycle's actions (workflow.ts), replayed in order through
 * the same transition table as live dossiers, so an imported history is one the platform could have made.
 */
export const HISTORIC_ACTIONS = [
  'submit',
  'receive',
  'accept',
  'refuse',
  'forward',
  'request_supplement',
  'resubmit',
  'request_payment',
  'payment_received',
  'process',
  'approve',
  'stop',
  'return',
  'withdraw',
  'apologise',
] as const;
export type HistoricAction = (typeof HISTORIC_ACTIONS)[number];

export const HistoricEventSchema = Type.Object(
  {
    action: Type.Enum(HISTORIC_ACTIONS),
    /** When it happened (ISO instant with its offset, e.g. 2021-03-02T08:15:00+07:00). */
    at: DateTime,
    /**
     * Who did it, as the previous system recorded the person (a name; officials of that time need no
     * account here). `applicant` for what the applicant did (online submission, a supplement handed in
     * online, a withdrawal); default `official`.
     */
    performer: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        kind: Type.Optional(Type.Enum(['official', 'applicant'] as const)),
      },
      { additionalProperties: false },
    ),
    note: Type.Optional(Type.String({ maxLength: 4000 })),
    /** apologise: the new return date promised. */
    newDueAt: Type.Optional(DateTime),
    /** request_supplement: the items asked for. */
    items: Type.Optional(Type.Array(Type.String({ maxLength: 500 }), { maxItems: 50 })),
    /** payment_received: what was paid and the receipt's number. */
    payment: Type.Optional(
      Type.Object(
        {
          amount: Type.Integer({ minimum: 1, maximum: 10_000_000_000 }),
          receiptNumber: Type.String({ minLength: 1, maxLength: 50 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type THistoricEvent = Static<typeof HistoricEventSchema>;

export const HistoricDossierSchema = Type.Object(
  {
    /** The code printed on the applicant’s appointment slip by the previous system (kept for look-ups; capitals, as look-ups read it). */
    code: Type.String({ pattern: '^[0-9A-Z][0-9A-Z./_-]{4,59}$' }),
    /** The national code (or the catalogue id) of the procedure. */
    procedureCode: Type.String({ minLength: 1, maxLength: 100 }),
    /** The receiving agency's code (mã định danh); the procedure's agency when absent. */
    agencyCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    channel: Type.Enum(CHANNELS),
    applicant: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        phone: Type.Optional(Phone),
        email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
        address: Type.Optional(Type.String({ maxLength: 500 })),
        /** GSO code of the commune the applicant lives in, as it was on the receipt date (the dashboard's map). */
        communeCode: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
      },
      { additionalProperties: false },
    ),
    /**
     * The history in time order, from `submit` (online) or `receive` (counter, postal) on: receipt, each
     * step's hand-over and completion, supplement requests and hand-ins, the result and its return.
     */
    events: Type.Array(HistoricEventSchema, { minItems: 1, maxItems: 200 }),
    /** The applicant's rating of the service (1–5), once the result was returned. */
    rating: Type.Optional(
      Type.Object(
        { value: Type.Integer({ minimum: 1, maximum: 5 }), at: DateTime },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type THistoricDossier = Static<typeof HistoricDossierSchema>;

export const HISTORIC_IMPORT_MAX = 5000;

export const HistoricImportBodySchema = Type.Object(
  { dossiers: Type.Array(HistoricDossierSchema, { minItems: 1, maxItems: HISTORIC_IMPORT_MAX }) },
  { additionalProperties: false },
);
export type THistoricImportBody = Static<typeof HistoricImportBodySchema>;

export const HistoricImportResultSchema = Type.Object({
  importKey: Type.String(),
  /** True when this key was imported before with the same body: the earlier answer, nothing written. */
  replayed: Type.Boolean(),
  total: Type.Integer(),
  /** New dossiers written by this import. */
  created: Type.Integer(),
  /** Dossiers already imported with the same content (by an earlier import): left as they were. */
  unchanged: Type.Integer(),
  /** The imported dossiers' states after their history. */
  byState: Type.Record(Type.String(), Type.Integer()),
  importedAt: Type.String({ format: 'date-time' }),
});
export type THistoricImportResult = Static<typeof HistoricImportResultSchema>;
