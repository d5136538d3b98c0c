import { type RoleGrants, type Static, Type } from '@openprovince/platform';

export const IDENTITY_PERMISSIONS = {
  /** Create, change and close agencies anywhere in the directory. */
  manageAgencies: 'identity:agencies:manage',
  /** Manage officials' accounts of one's own agency. */
  manageOwnOfficials: 'identity:officials:manage',
  /** Manage officials' accounts of every agency. */
  manageAllOfficials: 'identity:officials:manage-all',
  /** See the officials of one's own agency. */
  readOwnOfficials: 'identity:officials:read',
} as const;

export const IDENTITY_GRANTS = {
  system_admin: [
    IDENTITY_PERMISSIONS.manageAgencies,
    IDENTITY_PERMISSIONS.manageAllOfficials,
    IDENTITY_PERMISSIONS.manageOwnOfficials,
    IDENTITY_PERMISSIONS.readOwnOfficials,
  ],
  agency_admin: [IDENTITY_PERMISSIONS.manageOwnOfficials, IDENTITY_PERMISSIONS.readOwnOfficials],
  leader: [IDENTITY_PERMISSIONS.readOwnOfficials],
  one_stop_officer: [IDENTITY_PERMISSIONS.readOwnOfficials],
  specialist: [IDENTITY_PERMISSIONS.readOwnOfficials],
  clerk: [IDENTITY_PERMISSIONS.readOwnOfficials],
  auditor: [IDENTITY_PERMISSIONS.readOwnOfficials],
} as const satisfies RoleGrants;

export const AGENCY_KINDS = [
  'people_committee', // Ủy ban nhân dân (tỉnh, huyện, xã)
  'people_council', // Hội đồng nhân dân
  'committee_office', // Văn phòng UBND / Văn phòng HĐND
  'department', // Sở, ban, ngành
  'party', // Cơ quan Đảng
  'mass_organisation', // Mặt trận, đoàn thể
  'public_service_unit', // Đơn vị sự nghiệp (trung tâm)
  'division', // Phòng, ban chuyên môn nội bộ
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_LEVELS = ['province', 'district', 'commune'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

const Nullable = <T extends import('@openprovince/platform').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const AgencySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  /** Electronic identification code (mã định danh điện tử), Decision 20/2020/QĐ-TTg, e.g. 000.00.00.H59. */
  code: Type.String(),
  /** Abbreviation used in document symbols, e.g. UBND, STTTT. */
  abbreviation: Type.String(),
  name: Type.String(),
  nameEn: Nullable(Type.String()),
  kind: Type.Union(AGENCY_KINDS.map((k) => Type.Literal(k))),
  level: Type.Union(AGENCY_LEVELS.map((k) => Type.Literal(k))),
  sector: Type.Union([Type.Literal('state'), Type.Literal('party')]),
  parentId: Nullable(Type.String({ format: 'uuid' })),
  /** GSO code of the administrative unit the agency serves (province 84, district 842, commune 29242…). */
  adminUnitCode: Nullable(Type.String()),
  usesDocumentManagement: Type.Boolean(),
  onPrivateNetwork: Type.Boolean(),
  validFrom: Type.String({ format: 'date' }),
  validTo: Nullable(Type.String({ format: 'date' })),
  childCount: Type.Integer(),
  version: Type.Integer(),
});
export type TAgency = Static<typeof AgencySchema>;

export const AgencyListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Tìm theo tên, viết tắt hoặc mã (không dấu cũng được)' })),
  parentId: Type.Optional(Type.String({ format: 'uuid' })),
  /** Only top-level agencies (no parent) when true. */
  roots: Type.Optional(Type.Boolean()),
  level: Type.Optional(Type.Union(AGENCY_LEVELS.map((k) => Type.Literal(k)))),
  kind: Type.Optional(Type.Union(AGENCY_KINDS.map((k) => Type.Literal(k)))),
  /** Directory as it stood on this date (default today). */
  asOf: Type.Optional(Type.String({ format: 'date' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type TAgencyListQuery = Static<typeof AgencyListQuery>;

export const AgencyPage = Type.Object({ items: Type.Array(AgencySchema), total: Type.Integer() });

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
  /** Six-digit code from the authenticator app; required for administrators. */
  totp: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
});
export type TLoginBody = Static<typeof LoginBody>;

export const MeSchema = Type.Object({
  kind: Type.Union([Type.Literal('official'), Type.Literal('citizen')]),
  id: Type.String(),
  username: Type.Optional(Type.String()),
  fullName: Type.String(),
  agency: Type.Optional(
    Type.Object({ id: Type.String(), name: Type.String(), abbreviation: Type.String(), code: Type.String() }),
  ),
  position: Type.Optional(Type.String()),
  roles: Type.Array(Type.String()),
  permissions: Type.Array(Type.String()),
  sessionExpiresAt: Type.String({ format: 'date-time' }),
});
export type TMe = Static<typeof MeSchema>;
