import { type Static, type TSchema, Type } from '@openprovince/platform/schema';

export * from './permissions.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const CERTIFICATE_KINDS = ['personal', 'organisation'] as const;
export const CERTIFICATE_MEDIA = ['usb_token', 'sim_pki'] as const;
export const CERTIFICATE_STATUSES = ['active', 'suspended', 'revoked'] as const;
export const REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'issued'] as const;
/** RFC 5280 CRLReason names we accept from officers (certificateHold is suspension, not revocation). */
export const REVOCATION_REASONS = [
  'unspecified',
  'keyCompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
] as const;

export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export type CertificateMedium = (typeof CERTIFICATE_MEDIA)[number];
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export const KindSchema = Type.Enum(
  Object.fromEntries(CERTIFICATE_KINDS.map((k) => [k, k])) as {
    [K in CertificateKind]: K;
  },
);
export const MediumSchema = Type.Enum(
  Object.fromEntries(CERTIFICATE_MEDIA.map((k) => [k, k])) as {
    [K in CertificateMedium]: K;
  },
);
export const CertificateStatusSchema = Type.Enum(
  Object.fromEntries(CERTIFICATE_STATUSES.map((k) => [k, k])) as { [K in CertificateStatus]: K },
);
export const RequestStatusSchema = Type.Enum(
  Object.fromEntries(REQUEST_STATUSES.map((k) => [k, k])) as { [K in RequestStatus]: K },
);
export const RevocationReasonSchema = Type.Enum(
  Object.fromEntries(REVOCATION_REASONS.map((k) => [k, k])) as { [K in RevocationReason]: K },
);

export const IdParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const CertificateRequestBodySchema = Type.Object({
  /** Defaults to the officer's own agency. */
  agencyId: Type.Optional(Type.String({ format: 'uuid' })),
  kind: KindSchema,
  medium: MediumSchema,
  holderName: Type.String({ minLength: 2, maxLength: 200 }),
  holderTitle: Type.Optional(Type.String({ maxLength: 200 })),
  holderOfficialId: Type.Optional(Type.String({ format: 'uuid' })),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
  validityMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});

export const CertificateRequestSchema = Type.Object(
  {
    id: Type.String(),
    agencyId: Type.String(),
    kind: KindSchema,
    medium: MediumSchema,
    holderName: Type.String(),
    holderTitle: Nullable(Type.String()),
    holderOfficialId: Nullable(Type.String()),
    validityMonths: Type.Integer(),
    status: RequestStatusSchema,
    requestedByName: Type.String(),
    requestedAt: Type.String({ format: 'date-time' }),
    decidedByName: Nullable(Type.String()),
    decidedAt: Nullable(Type.String({ format: 'date-time' })),
    decisionNote: Nullable(Type.String()),
    certificateId: Nullable(Type.String()),
    renewalOfId: Nullable(Type.String()),
  },
  { $id: 'CertificateRequest' },
);
export type TCertificateRequest = Static<typeof CertificateRequestSchema>;

export const DecisionBodySchema = Type.Object({
  approve: Type.Boolean(),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});

export const CertificateSchema = Type.Object(
  {
    id: Type.String(),
    agencyId: Type.String(),
    agencyName: Type.String(),
    kind: KindSchema,
    medium: MediumSchema,
    holderName: Type.String(),
    holderTitle: Nullable(Type.String()),
    holderOfficialId: Nullable(Type.String()),
    serialNumber: Type.String(),
    subject: Type.String(),
    issuer: Type.String(),
    notBefore: Type.String({ format: 'date-time' }),
    notAfter: Type.String({ format: 'date-time' }),
    status: CertificateStatusSchema,
    suspendedAt: Nullable(Type.String({ format: 'date-time' })),
    revokedAt: Nullable(Type.String({ format: 'date-time' })),
    revocationReason: Nullable(Type.String()),
    renewedFromId: Nullable(Type.String()),
    issuedAt: Type.String({ format: 'date-time' }),
    issuedByName: Type.String(),
    /** PEM of the certificate (public). */
    certificatePem: Type.String(),
  },
  { $id: 'Certificate' },
);
export type TCertificate = Static<typeof CertificateSchema>;

export const ListCertificatesQuerySchema = Type.Object({
  agencyId: Type.Optional(Type.String({ format: 'uuid' })),
  status: Type.Optional(CertificateStatusSchema),
  kind: Type.Optional(KindSchema),
  holderOfficialId: Type.Optional(Type.String({ format: 'uuid' })),
});

export const ListRequestsQuerySchema = Type.Object({
  agencyId: Type.Optional(Type.String({ format: 'uuid' })),
  status: Type.Optional(RequestStatusSchema),
});

export const RevokeBodySchema = Type.Object({ reason: RevocationReasonSchema });
export const RenewBodySchema = Type.Object({
  validityMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
});

export const StatsQuerySchema = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  agencyId: Type.Optional(Type.String({ format: 'uuid' })),
});

export const CertificateStatsSchema = Type.Object({
  asOf: Type.String({ format: 'date-time' }),
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  active: Type.Integer(),
  activeByKind: Type.Object({ personal: Type.Integer(), organisation: Type.Integer() }),
  activeByMedium: Type.Object({ usb_token: Type.Integer(), sim_pki: Type.Integer() }),
  /** Active personal certificates by medium (the seed reports 1,767 USB and 78 SIM PKI). */
  activePersonalByMedium: Type.Object({ usb_token: Type.Integer(), sim_pki: Type.Integer() }),
  issued: Type.Integer(),
  revoked: Type.Integer(),
});
export type TCertificateStats = Static<typeof CertificateStatsSchema>;

export const VERIFICATION_INDICATIONS = ['PASSED', 'FAILED', 'INDETERMINATE'] as const;
export type Indication = (typeof VERIFICATION_INDICATIONS)[number];

export const SignatureReportSchema = Type.Object({
  fieldName: Nullable(Type.String()),
  indication: Type.Enum({ PASSED: 'PASSED', FAILED: 'FAILED', INDETERMINATE: 'INDETERMINATE' }),
  /** ETSI EN 319 102-1 sub-indication (HASH_FAILURE, REVOKED, NO_CERTIFICATE_CHAIN_FOUND, …). */
  subIndication: Nullable(Type.String()),
  reasons: Type.Array(Type.Object({ code: Type.String(), vi: Type.String(), en: Type.String() })),
  signerName: Nullable(Type.String()),
  signerSubject: Nullable(Type.String()),
  serialNumber: Nullable(Type.String()),
  claimedSigningTime: Nullable(Type.String()),
  /** The time proven by the RFC 3161 time-stamp, if any. */
  timestampTime: Nullable(Type.String({ format: 'date-time' })),
  level: Type.String(),
  coversWholeDocument: Type.Boolean(),
  /**
   * Something other than validation data was added after this signature and no valid later signature
   * covers it (pdfsig: "not total document signed"; Adobe: "document modified since signed"). The
   * signature's own indication still judges only its revision (ADR 0008).
   */
  modifiedAfterSigning: Type.Boolean(),
  hash: Nullable(Type.String()),
});

const ReasonSchema = Type.Object({ code: Type.String(), vi: Type.String(), en: Type.String() });

export const VerificationReportSchema = Type.Object({
  /** The document-level verdict (ADR 0008): the worst of the signatures' and of `reasons`. */
  indication: Type.Enum({ PASSED: 'PASSED', FAILED: 'FAILED', INDETERMINATE: 'INDETERMINATE' }),
  /**
   * What fails the document beyond its signatures' own verdicts: content added after the last valid
   * signature, a latest revision that does not open.
   */
  reasons: Type.Array(ReasonSchema),
  signatures: Type.Array(SignatureReportSchema),
  validationTime: Type.String({ format: 'date-time' }),
});
export type TVerificationReport = Static<typeof VerificationReportSchema>;
export type TSignatureReport = Static<typeof SignatureReportSchema>;

export const SignPdfQuerySchema = Type.Object({
  certificateId: Type.String({ format: 'uuid' }),
  /** Identity's re-authentication proof (opaque; the PKI verifies it), never a time the caller states. */
  reauthProof: Type.String({ minLength: 1, maxLength: 300 }),
  level: Type.Optional(Type.Enum({ 'B-T': 'B-T', 'B-LT': 'B-LT' })),
  reason: Type.Optional(Type.String({ maxLength: 200 })),
  page: Type.Optional(Type.Integer({ minimum: 0 })),
  x: Type.Optional(Type.Number({ minimum: 0 })),
  y: Type.Optional(Type.Number({ minimum: 0 })),
});
