import { Offset, type Static, Type } from '@openprovince/platform/schema';

export * from './permissions.ts';

/** The dossier events a citizen is told about (Decree 61/2018: receipt, refusal, supplement, apology …). */
// The template names are the contract of the notifications.send queue (@openprovince/jobs), repeated here as
// a browser-safe list (contracts import no workspace but platform/schema); a unit test keeps the two equal.
export const NOTIFICATION_TEMPLATES = [
  'dossier.received',
  'dossier.accepted',
  'dossier.refused',
  'dossier.supplement-requested',
  'dossier.payment-requested',
  'dossier.apology',
  'dossier.result-ready',
  'dossier.returned',
  'dossier.processing',
  'dossier.withdrawn',
  'dossier.stopped',
  'identity.already-registered',
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

const Nullable = <T extends import('@openprovince/platform/schema').TSchema>(t: T) =>
  Type.Union([t, Type.Null()]);

export const SentMessageSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  messageKey: Type.String(),
  channel: Type.Enum(NOTIFICATION_CHANNELS),
  /** Masked: the log shows that a message went out, not to whom in full. */
  recipient: Type.String(),
  template: Type.String(),
  provider: Type.String(),
  providerMessageId: Nullable(Type.String()),
  subjectType: Nullable(Type.String()),
  subjectId: Nullable(Type.String()),
  sentAt: Type.String({ format: 'date-time' }),
});
export type TSentMessage = Static<typeof SentMessageSchema>;

export const SentMessageListSchema = Type.Object({
  items: Type.Array(SentMessageSchema),
  total: Type.Integer(),
});

export const SentMessageQuerySchema = Type.Object({
  channel: Type.Optional(Type.Enum(NOTIFICATION_CHANNELS)),
  subjectId: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Offset),
});

/** A text message recorded by the local SMS provider: what a developer reads instead of a phone. */
export const LocalSmsSchema = Type.Object({
  id: Type.Integer(),
  to: Type.String(),
  text: Type.String(),
  messageKey: Type.String(),
  /** GSM-7 text or UCS-2 (Unicode, 70 characters a segment). */
  encoding: Type.Enum(['gsm7', 'ucs2']),
  segments: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type TLocalSms = Static<typeof LocalSmsSchema>;

export const LocalSmsListSchema = Type.Object({ items: Type.Array(LocalSmsSchema) });

export const LocalSmsQuerySchema = Type.Object({
  to: Type.Optional(Type.String({ maxLength: 20 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
});
