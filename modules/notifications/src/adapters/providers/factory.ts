import { type EmailProvider, logEmailProvider, smtpEmailProvider } from './email.ts';
import { localSmsProvider, type SmsProvider } from './sms.ts';

export interface NotificationProviders {
  email: EmailProvider;
  sms: SmsProvider;
}

/**
 * Chosen by configuration: SMTP_URL set → SMTP; otherwise .eml files under DATA_DIR/mail. SMS always goes
 * to the local outbox until a gateway adapter is written (README: "Plugging a real SMS gateway").
 */
export function createNotificationProviders(input: {
  smtpUrl?: string;
  dataDir: string;
  mailFrom?: string;
  sms?: SmsProvider;
}): NotificationProviders {
  const from = input.mailFrom ? { from: input.mailFrom } : {};
  return {
    email: input.smtpUrl
      ? smtpEmailProvider({ smtpUrl: input.smtpUrl, ...from })
      : logEmailProvider({ dataDir: input.dataDir, ...from }),
    sms: input.sms ?? localSmsProvider(),
  };
}
