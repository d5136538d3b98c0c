import { type Static, Type } from '@openprovince/platform';

export const AUDIT_PERMISSIONS = {
  /** Read the audit log of one's own agency. */
  readOwnAgency: 'audit:read',
  /** Read the whole audit log and run verification. */
  readAll: 'audit:read-all',
} as const;

export const AuditRecordSchema = Type.Object({
  seq: Type.Integer(),
  occurredAt: Type.String({ format: 'date-time' }),
  actorKind: Type.String(),
  actorName: Type.Union([Type.String(), Type.Null()]),
  agencyId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  objectType: Type.String(),
  objectId: Type.Union([Type.String(), Type.Null()]),
  summary: Type.Record(Type.String(), Type.Unknown()),
  requestId: Type.Union([Type.String(), Type.Null()]),
});
export type TAuditRecord = Static<typeof AuditRecordSchema>;

export const AUDIT_GRANTS = {
  auditor: [AUDIT_PERMISSIONS.readOwnAgency],
  system_admin: [AUDIT_PERMISSIONS.readAll],
} as const satisfies import('@openprovince/platform').RoleGrants;
