import { sql } from 'drizzle-orm';
import { check, index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const pkiSchema = pgSchema('pki');

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The platform's own certification authorities: 'root', 'issuing' (signs end-entity certificates, CRLs and
 * OCSP answers) and 'tsa' (RFC 3161 time-stamps). `key_handle` is what the SignerProvider needs to sign:
 * for the software provider, the private key encrypted under PKI_MASTER_KEY; for an HSM, a key label.
 */
export const authorities = pkiSchema.table(
  'authorities',
  {
    role: text('role').primaryKey(),
    subject: text('subject').notNull(),
    serialNumber: text('serial_number').notNull(),
    certificateDer: text('certificate_der').notNull(),
    keyHandle: text('key_handle').notNull(),
    notBefore: ts('not_before').notNull(),
    notAfter: ts('not_after').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [check('authorities_role_check', sql`${t.role} in ('root', 'issuing', 'tsa')`)],
);

/** A request for a certificate (Circular 185/2019 forms: 01 personal, 03/04 organisation). */
export const certificateRequests = pkiSchema.table(
  'certificate_requests',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    kind: text('kind', { enum: ['personal', 'organisation'] }).notNull(),
    medium: text('medium', { enum: ['usb_token', 'sim_pki'] }).notNull(),
    holderName: text('holder_name').notNull(),
    holderTitle: text('holder_title'),
    holderOfficialId: uuid('holder_official_id'),
    email: text('email'),
    validityMonths: integer('validity_months').notNull(),
    note: text('note'),
    status: text('status', { enum: ['pending', 'approved', 'rejected', 'issued'] })
      .notNull()
      .default('pending'),
    requestedById: text('requested_by_id'),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: ts('requested_at').notNull(),
    decidedByName: text('decided_by_name'),
    decidedAt: ts('decided_at'),
    decisionNote: text('decision_note'),
    certificateId: uuid('certificate_id'),
    renewalOfId: uuid('renewal_of_id'),
  },
  (t) => [
    index('certificate_requests_agency_idx').on(t.agencyId, t.status),
    check('certificate_requests_kind_check', sql`${t.kind} in ('personal', 'organisation')`),
    check('certificate_requests_medium_check', sql`${t.medium} in ('usb_token', 'sim_pki')`),
    check(
      'certificate_requests_status_check',
      sql`${t.status} in ('pending', 'approved', 'rejected', 'issued')`,
    ),
    check('certificate_requests_validity_check', sql`${t.validityMonths} between 1 and 60`),
  ],
);

export const certificates = pkiSchema.table(
  'certificates',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id').references(() => certificateRequests.id),
    agencyId: uuid('agency_id').notNull(),
    agencyName: text('agency_name').notNull(),
    kind: text('kind', { enum: ['personal', 'organisation'] }).notNull(),
    medium: text('medium', { enum: ['usb_token', 'sim_pki'] }).notNull(),
    holderName: text('holder_name').notNull(),
    holderTitle: text('holder_title'),
    holderOfficialId: uuid('holder_official_id'),
    /** Lower-case hex without leading zeros, as OCSP and CRLs name it. */
    serialNumber: text('serial_number').notNull(),
    subject: text('subject').notNull(),
    issuer: text('issuer').notNull(),
    certificateDer: text('certificate_der').notNull(),
    keyHandle: text('key_handle').notNull(),
    notBefore: ts('not_before').notNull(),
    notAfter: ts('not_after').notNull(),
    status: text('status', { enum: ['active', 'suspended', 'revoked'] })
      .notNull()
      .default('active'),
    suspendedAt: ts('suspended_at'),
    revokedAt: ts('revoked_at'),
    revocationReason: text('revocation_reason'),
    renewedFromId: uuid('renewed_from_id'),
    issuedAt: ts('issued_at').notNull(),
    issuedByName: text('issued_by_name').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('certificates_serial_idx').on(t.serialNumber),
    index('certificates_agency_idx').on(t.agencyId, t.status),
    index('certificates_holder_idx').on(t.holderOfficialId),
    check('certificates_status_check', sql`${t.status} in ('active', 'suspended', 'revoked')`),
    check(
      'certificates_revoked_check',
      sql`(${t.status} = 'revoked') = (${t.revokedAt} is not null and ${t.revocationReason} is not null)`,
    ),
    check('certificates_suspended_check', sql`${t.status} <> 'suspended' or ${t.suspendedAt} is not null`),
  ],
);

/** Every CRL published, numbered (RFC 5280 cRLNumber must increase); the newest is served. */
export const crls = pkiSchema.table('crls', {
  crlNumber: integer('crl_number').primaryKey(),
  thisUpdate: ts('this_update').notNull(),
  nextUpdate: ts('next_update').notNull(),
  der: text('der').notNull(),
  entryCount: integer('entry_count').notNull(),
});
