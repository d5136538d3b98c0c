import type { Db } from '@openprovince/db';
import { smsSizing } from '../../domain/templates/gsm7.ts';
import { insertLocalSms } from '../../repositories/local-sms.repository.ts';

export interface SmsMessage {
  /** Vietnamese mobile number, 0xxxxxxxxx or +84xxxxxxxxx. */
  to: string;
  text: string;
  messageKey: string;
}

/**
 * A text-message gateway. A real brandname gateway (Viettel, VNPT, MobiFone …) implements `send` with one
 * HTTPS call carrying the registered brandname, the number in 84xxxxxxxxx form, the text and our message
 * key as the client reference (gateways that support it ignore a repeated reference), and throws on any
 * answer other than "accepted". `tx` is the sending transaction, for providers that record locally; a
 * remote gateway ignores it. See the README.
 */
export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage, options: { tx: Db }): Promise<{ providerMessageId: string | null }>;
}

/** 0912345678 / +84912345678 / 84912345678 → 84912345678; anything else is refused. */
export function toInternationalVn(phone: string): string {
  const digits = phone.replace(/[\s.-]/g, '');
  const m = /^(?:\+?84|0)([35789]\d{8})$/.exec(digits);
  if (!m) throw new Error(`Số điện thoại không hợp lệ / invalid Vietnamese mobile number`);
  return `84${m[1]}`;
}

/** Stores each message in `notifications.local_sms`, in the sending transaction: what a developer reads. */
export function localSmsProvider(): SmsProvider {
  return {
    name: 'local',
    async send(message, { tx }) {
      const to = toInternationalVn(message.to);
      const sizing = smsSizing(message.text);
      const id = await insertLocalSms(tx, {
        to,
        text: message.text,
        messageKey: message.messageKey,
        encoding: sizing.encoding,
        segments: sizing.segments,
      });
      return { providerMessageId: `local-sms-${id}` };
    },
  };
}
