import type { Db } from '@openprovince/db';
import type { SharedDeps } from '@openprovince/platform/module';
import type { EmailProvider } from './adapters/providers/email.ts';
import { createNotificationProviders } from './adapters/providers/factory.ts';
import type { SmsProvider } from './adapters/providers/sms.ts';

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

declare module '@openprovince/platform/module' {
  interface ModuleConfig {
    /** SMTP server for e-mail (smtp://user:pass@host:port); without it e-mails are written as .eml files. */
    smtpUrl: string | undefined;
    /** The From of every e-mail. */
    mailFrom: string;
  }
}

/** Providers chosen by configuration (SMTP or .eml files under DATA_DIR/mail; the local SMS outbox). */
export function createNotificationDeps(shared: SharedDeps): NotificationDeps {
  const providers = createNotificationProviders({
    ...(shared.config.smtpUrl ? { smtpUrl: shared.config.smtpUrl } : {}),
    dataDir: shared.config.dataDir,
    mailFrom: shared.config.mailFrom,
  });
  return { db: shared.db, ...providers, now: shared.now };
}
