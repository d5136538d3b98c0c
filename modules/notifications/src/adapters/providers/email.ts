import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * A stable Message-ID derived from the message key: if a crash ever makes us send twice, the two copies
   * carry the same Message-ID and mail clients (and some MTAs) show them as one.
   */
  messageId: string;
}

export interface EmailProvider {
  readonly name: string;
  /** Resolves once the message is accepted (SMTP 250) or recorded; throws on any refusal, 4xx included. */
  send(message: EmailMessage): Promise<{ providerMessageId: string | null }>;
  close?(): Promise<void>;
}

export const DEFAULT_MAIL_FROM = '"Dịch vụ công tỉnh" <no-reply@dichvucong.localhost>';

/**
 * SMTP through nodemailer, from a URL: smtp://user:pass@mail.example.gov.vn:587 (STARTTLS when offered)
 * or smtps://…:465. Pooled connections are not used: a province sends hundreds of messages a day.
 */
export function smtpEmailProvider(input: {
  smtpUrl: string;
  from?: string;
  timeoutMs?: number;
}): EmailProvider {
  const timeout = input.timeoutMs ?? 30_000;
  const url = new URL(input.smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    // Loopback test sinks and internal relays run without certificates; `?tls=off` says so explicitly.
    ...(url.searchParams.get('tls') === 'off' ? { ignoreTLS: true } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    name: 'smtp',
    async send(message) {
      const info = await transport.sendMail({
        from: input.from ?? DEFAULT_MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        messageId: message.messageId,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      return { providerMessageId: info.messageId ?? null };
    },
    async close() {
      transport.close();
    },
  };
}

/**
 * For a newcomer's machine: every message is written as an .eml file under `<dataDir>/mail/`, which any
 * mail client opens. Nothing leaves the machine.
 */
export function logEmailProvider(input: { dataDir: string; from?: string }): EmailProvider {
  const dir = join(input.dataDir, 'mail');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    name: 'log',
    async send(message) {
      const info = await transport.sendMail({
        from: input.from ?? DEFAULT_MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        messageId: message.messageId,
      });
      await mkdir(dir, { recursive: true });
      const safe = message.messageId.replace(/[^\w.-]+/g, '_').slice(0, 120);
      const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}_${safe}.eml`);
      await writeFile(file, info.message as Buffer);
      return { providerMessageId: file };
    },
  };
}
