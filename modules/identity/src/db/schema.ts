import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const identitySchema = pgSchema('identity');

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

/**
 * The directory of agencies (cơ quan, đơn vị) and their internal divisions (phòng, trung tâm), as a tree.
 * Agencies merge and dissolve, so each has validity dates; closed agencies stay for history.
 */
export const agencies = identitySchema.table(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Electronic identification code of Decision 20/2020/QĐ-TTg (QCVN 102 OrganId). */
    code: text('code').notNull().unique(),
    /** Abbreviation used in document symbols (UBND, STTTT…). */
    abbreviation: text('abbreviation').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    sector: text('sector').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
    adminUnitCode: text('admin_unit_code'),
    usesDocumentManagement: boolean('uses_document_management').notNull().default(false),
    onPrivateNetwork: boolean('on_private_network').notNull().default(false),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** Last day the agency existed (inclusive); null while it exists. */
    validTo: date('valid_to', { mode: 'string' }),
    /** Accent-free, lower-case name + abbreviation + code, so "so thong tin" finds "Sở Thông tin". */
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('agencies_parent_idx').on(t.parentId),
    index('agencies_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const officials = identitySchema.table(
  'officials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-case login name, unique across the province. */
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    /** The agency whose records the official works with (never a division). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The division inside the agency (phòng), if any. */
    divisionId: uuid('division_id').references(() => agencies.id),
    position: text('position'),
    email: text('email'),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    /** Base32 TOTP secret (RFC 6238). Required before an administrator can sign in. */
    totpSecret: text('totp_secret'),
    /** The last TOTP time step accepted (RFC 6238 §5.2): a code is used once, never replayed. */
    totpLastStep: integer('totp_last_step'),
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('officials_agency_idx').on(t.agencyId)],
);

export const officialRoles = identitySchema.table(
  'official_roles',
  {
    officialId: uuid('official_id')
      .notNull()
      .references(() => officials.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officialId, t.role] })],
);

export const citizens = identitySchema.table('citizens', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** 12-digit personal identification number (số định danh cá nhân / CCCD). */
  personalId: text('personal_id').notNull().unique(),
  fullName: text('full_name').notNull(),
  /** Normalised to 0xxxxxxxxx. */
  phone: text('phone'),
  email: text('email'),
  passwordHash: text('password_hash'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a leaked
 * database does not leak usable sessions.
 */
export const sessions = identitySchema.table(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: uuid('subject_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Absolute end, whatever the activity. */
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_subject_idx').on(t.subjectKind, t.subjectId)],
);

/**
 * Failed sign-ins, counted per account at one address, per account everywhere and per address
 * (security/throttle.ts says why three); the key names the scope.
 */
export const loginThrottle = identitySchema.table('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true, mode: 'date' }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true, mode: 'date' }),
});

/**
 * Sign-ins started with an identity provider (VNeID) and not yet finished. The state is stored hashed
 * and used once; the nonce and PKCE verifier stay on the server, so a stolen redirect cannot be replayed.
 */
export const federationRequests = identitySchema.table('federation_requests', {
  stateHash: text('state_hash').primaryKey(),
  provider: text('provider').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  /** A relative path on this site; never an absolute URL (open redirect). */
  returnTo: text('return_to').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  consumedAt: timestamp('consumed_at', { withTimezone: true, mode: 'date' }),
});

/** A citizen's account at an identity provider: the provider's stable subject, linked to one citizen. */
export const citizenIdentities = identitySchema.table(
  'citizen_identities',
  {
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    assuranceLevel: integer('assurance_level').notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.subject] }),
    uniqueIndex('citizen_identities_citizen_idx').on(t.provider, t.citizenId),
  ],
);
