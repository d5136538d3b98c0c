import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

export const paymentsSchema = pgSchema('payments');

export interface FeeLine {
  code?: string;
  name: string;
  kind: 'fee' | 'charge';
  amount: number;
}

/**
 * A request to pay fees for a dossier, and its outcome. The applicant pays by bank transfer with the
 * `payment_code` as transfer content (VietQR); the gateway's signed callback marks it paid once: the
 * gateway's transaction id is unique, so a replayed callback finds its row instead of paying twice.
 * No foreign key to identity's agencies: modules do not reference each other's tables.
 */
export const paymentIntents = paymentsSchema.table(
  'payment_intents',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    agencyId: uuid('agency_id').notNull(),
    paymentCode: text('payment_code').notNull().unique('payment_intents_payment_code_key'),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    lines: jsonb('lines').$type<FeeLine[]>().notNull(),
    status: text('status', { enum: ['requested', 'paid', 'expired', 'cancelled'] })
      .notNull()
      .default('requested'),
    version: integer('version').notNull().default(1),
    bin: text('bin').notNull(),
    accountNumber: text('account_number').notNull(),
    accountName: text('account_name').notNull(),
    qrPayload: text('qr_payload').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    provider: text('provider'),
    providerTransactionId: text('provider_transaction_id').unique(
      'payment_intents_provider_transaction_id_key',
    ),
    paidAt: timestamp('paid_at', { withTimezone: true, mode: 'date' }),
    receiptNumber: text('receipt_number').unique('payment_intents_receipt_number_key'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('payment_intents_agency_idx').on(t.agencyId, t.createdAt),
    index('payment_intents_reference_idx').on(t.reference),
    check('payment_intents_amount_check', sql`${t.amount} > 0`),
    check('payment_intents_status_check', sql`${t.status} in ('requested', 'paid', 'expired', 'cancelled')`),
    check(
      'payment_intents_paid_check',
      sql`${t.status} <> 'paid' or (${t.paidAt} is not null and ${t.receiptNumber} is not null and ${t.providerTransactionId} is not null)`,
    ),
  ],
);

/** Receipt numbers run from 1 each calendar year (Asia/Ho_Chi_Minh); the row lock serialises issuers. */
export const receiptCounters = paymentsSchema.table('receipt_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/**
 * The account an agency's fees are collected into (agency_id null: the province's default). The VietQR
 * code on a payment slip names it; it is copied onto each intent so later changes do not alter old slips.
 */
export const collectionAccounts = paymentsSchema.table(
  'collection_accounts',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id'),
    bin: text('bin').notNull(),
    accountNumber: text('account_number').notNull(),
    accountName: text('account_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    unique('collection_accounts_agency_key').on(t.agencyId).nullsNotDistinct(),
    check('collection_accounts_bin_check', sql`${t.bin} ~ '^[0-9]{6}$'`),
  ],
);
