import { type Static, Type } from '@openprovince/platform/schema';

export * from './permissions.ts';

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
