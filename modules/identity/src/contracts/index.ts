import { Offset, RoleNameSchema, type Static, Type } from '@openprovince/platform/schema';

export * from './permissions.ts';
export * from './roles.ts';

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

const Nullable = <T extends import('@openprovince/platform/schema').TSchema>(t: T) =>
  Type.Union([t, Type.Null()]);

export const AgencySchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    /** Electronic identification code (mã định danh điện tử), Decision 20/2020/QĐ-TTg, e.g. 000.00.00.H59. */
    code: Type.String(),
    /** Abbreviation used in document symbols, e.g. UBND, STTTT. */
    abbreviation: Type.String(),
    name: Type.String(),
    nameEn: Nullable(Type.String()),
    kind: Type.Enum(AGENCY_KINDS),
    level: Type.Enum(AGENCY_LEVELS),
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
  },
  { $id: 'Agency' },
);
export type TAgency = Static<typeof AgencySchema>;

export const AgencyListQuery = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'Tìm theo tên, viết tắt hoặc mã (không dấu cũng được)' }),
  ),
  parentId: Type.Optional(Type.String({ format: 'uuid' })),
  /** Only top-level agencies (no parent) when true. */
  roots: Type.Optional(Type.Boolean()),
  level: Type.Optional(Type.Enum(AGENCY_LEVELS)),
  kind: Type.Optional(Type.Enum(AGENCY_KINDS)),
  /** Directory as it stood on this date (default today). */
  asOf: Type.Optional(Type.String({ format: 'date' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Offset),
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

export const MeSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('official'), Type.Literal('citizen')]),
    id: Type.String(),
    username: Type.Optional(Type.String()),
    fullName: Type.String(),
    agency: Type.Optional(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        abbreviation: Type.String(),
        code: Type.String(),
      }),
    ),
    position: Type.Optional(Type.String()),
    roles: Type.Array(Type.String()),
    permissions: Type.Array(Type.String()),
    sessionExpiresAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Me' },
);
export type TMe = Static<typeof MeSchema>;

/** A role's name; which names exist is the composed role table's business (checked by the use cases). */
const RoleName = RoleNameSchema();

export const OfficialSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    username: Type.String(),
    fullName: Type.String(),
    agencyId: Type.String({ format: 'uuid' }),
    agencyName: Type.String(),
    divisionId: Nullable(Type.String({ format: 'uuid' })),
    position: Nullable(Type.String()),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    isActive: Type.Boolean(),
    hasSecondFactor: Type.Boolean(),
    roles: Type.Array(Type.String()),
    version: Type.Integer(),
  },
  { $id: 'Official' },
);
export type TOfficial = Static<typeof OfficialSchema>;

export const OfficialPage = Type.Object({ items: Type.Array(OfficialSchema), total: Type.Integer() });

/** A role of the platform with what it grants, as assembled from every mounted module's GRANTS. */
export const RoleSchema = Type.Object({
  name: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  /** Holders must sign in with a second factor (TOTP). */
  requiresSecondFactor: Type.Boolean(),
  permissions: Type.Array(Type.String()),
});
export type TRole = Static<typeof RoleSchema>;

export const RoleList = Type.Object({ items: Type.Array(RoleSchema) });

export const OfficialListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  agencyId: Type.Optional(Type.String({ format: 'uuid' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Offset),
});

export const CreateOfficialBody = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{2,63}$' }),
    fullName: Type.String({ minLength: 2, maxLength: 200 }),
    agencyId: Type.String({ format: 'uuid' }),
    divisionId: Type.Optional(Type.String({ format: 'uuid' })),
    position: Type.Optional(Type.String({ maxLength: 200 })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    phone: Type.Optional(Type.String({ pattern: '^(\\+84|0)[0-9]{9,10}$' })),
    password: Type.String({ minLength: 10, maxLength: 128 }),
    roles: Type.Array(RoleName, { maxItems: 8, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type TCreateOfficialBody = Static<typeof CreateOfficialBody>;

export const UpdateOfficialBody = Type.Object(
  {
    fullName: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
    position: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 200 }))),
    phone: Type.Optional(Nullable(Type.String({ pattern: '^(\\+84|0)[0-9]{9,10}$' }))),
    divisionId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
    agencyId: Type.Optional(Type.String({ format: 'uuid' })),
    isActive: Type.Optional(Type.Boolean()),
    roles: Type.Optional(Type.Array(RoleName, { maxItems: 8, uniqueItems: true })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type TUpdateOfficialBody = Static<typeof UpdateOfficialBody>;

export const CreateAgencyBody = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Z0-9]{2,3}(\\.[A-Z0-9]{2,3}){3}$' }),
    abbreviation: Type.String({ minLength: 1, maxLength: 30 }),
    name: Type.String({ minLength: 2, maxLength: 300 }),
    nameEn: Type.Optional(Type.String({ maxLength: 300 })),
    kind: Type.Enum(AGENCY_KINDS),
    level: Type.Enum(AGENCY_LEVELS),
    sector: Type.Union([Type.Literal('state'), Type.Literal('party')]),
    parentId: Type.Optional(Type.String({ format: 'uuid' })),
    adminUnitCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,5}$' })),
    usesDocumentManagement: Type.Optional(Type.Boolean()),
    onPrivateNetwork: Type.Optional(Type.Boolean()),
    validFrom: Type.String({ format: 'date' }),
  },
  { additionalProperties: false },
);
export type TCreateAgencyBody = Static<typeof CreateAgencyBody>;

export const UpdateAgencyBody = Type.Object(
  {
    abbreviation: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })),
    name: Type.Optional(Type.String({ minLength: 2, maxLength: 300 })),
    nameEn: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    parentId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
    usesDocumentManagement: Type.Optional(Type.Boolean()),
    onPrivateNetwork: Type.Optional(Type.Boolean()),
    /** Closing an agency (merger, dissolution): the last day it exists. */
    validTo: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type TUpdateAgencyBody = Static<typeof UpdateAgencyBody>;

export const RegisterCitizenBody = Type.Object(
  {
    personalId: Type.String({ pattern: '^[0-9]{12}$', description: 'Số định danh cá nhân (12 chữ số)' }),
    fullName: Type.String({ minLength: 2, maxLength: 200 }),
    phone: Type.String({ pattern: '^(\\+84|0)[0-9]{9,10}$' }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    password: Type.String({ minLength: 10, maxLength: 128 }),
  },
  { additionalProperties: false },
);
export type TRegisterCitizenBody = Static<typeof RegisterCitizenBody>;

/** The one answer to a registration, whether the ID number was new or not (no account enumeration). */
export const RegistrationReceivedSchema = Type.Object({
  status: Type.Literal('received'),
  message: Type.String(),
  messageEn: Type.String(),
});
export type TRegistrationReceived = Static<typeof RegistrationReceivedSchema>;

export const CitizenLoginBody = Type.Object(
  {
    personalId: Type.String({ pattern: '^[0-9]{12}$' }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** Citizens (public login) get no permissions beyond their own records. */
export const CitizenSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  personalId: Type.String(),
  fullName: Type.String(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
});
export type TCitizen = Static<typeof CitizenSchema>;
