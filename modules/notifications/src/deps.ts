import type { Db } from '@openprovince/db';
import type { EmailProvider } from './providers/email.ts';
import type { SmsProvider } from './providers/sms.ts';

export interface NotificationDeps {
  db: Db;
  email: EmailProvider;
  sms: SmsProvider;
  /** Send SMS with Vietnamese diacritics (UCS-2). Off by default: see templates/gsm7.ts. */
  smsUnicode?: boolean;
  /** Domain of the Message-IDs we generate. */
  messageIdDomain?: string;
  now?: () => Date;
}
