import { createHash } from 'node:crypto';
import type { NotificationJob } from '@openprovince/jobs';
import { AppError, newId } from '@openprovince/platform';
import type { NotificationDeps } from '../deps.ts';
import { renderEmail, renderSms } from '../domain/templates/templates.ts';
import { reserveMessageKey, setProviderMessageId } from '../repositories/sent-message.repository.ts';

export type SendOutcome = 'sent' | 'already-sent';

function invalid(detail: string, detailEn: string): AppError {
  return new AppError('VALIDATION_FAILED', { detail, detailEn });
}

function checkJob(payload: Record<string, unknown>): NotificationJob {
  const p = payload as Partial<NotificationJob>;
  if (p.channel !== 'email' && p.channel !== 'sms') {
    throw invalid('Kênh gửi phải là email hoặc sms', 'channel must be email or sms');
  }
  if (typeof p.to !== 'string' || p.to.length === 0 || /[\r\n]/.test(p.to)) {
    throw invalid('Thiếu người nhận', 'missing or invalid recipient');
  }
  if (typeof p.messageKey !== 'string' || p.messageKey.length === 0) {
    throw invalid('Thiếu khóa thông báo', 'missing messageKey');
  }
  if (typeof p.template !== 'string') throw invalid('Thiếu mẫu thông báo', 'missing template');
  return { ...p, data: p.data ?? {} } as NotificationJob;
}

/**
 * Sends one notification at most once per message key.
 *
 * In one transaction: insert the key into sent_messages, hand the message to the provider, commit.
 *  - the provider refuses (SMTP 4xx/5xx, gateway down): the transaction rolls back, the key disappears and
 *    the job's retry sends it;
 *  - the job runs again after success: the key is there, nothing is sent;
 *  - two workers run it at once: the second waits on the first one's uncommitted key, then skips.
 * The remaining window is a crash between the provider's acceptance and our COMMIT (milliseconds): the key
 * is lost and the retry sends a second copy. We choose that (at least once) over committing the key first
 * (at most once), because a notice the law requires — an apology slip, a refusal — must not be lost, and
 * a rare duplicate with the same Message-ID is harmless. See README "Never twice".
 */
export async function sendNotification(
  deps: NotificationDeps,
  payload: Record<string, unknown>,
): Promise<SendOutcome> {
  const job = checkJob(payload);
  // Rendering first: a bad template fails before anything is reserved.
  const email = job.channel === 'email' ? renderEmail(job.template, job.data) : undefined;
  const sms =
    job.channel === 'sms' ? renderSms(job.template, job.data, { unicode: deps.smsUnicode }) : undefined;
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction(async (tx) => {
    const id = newId();
    const provider = job.channel === 'email' ? deps.email.name : deps.sms.name;
    const reserved = await reserveMessageKey(tx, {
      id,
      messageKey: job.messageKey,
      channel: job.channel,
      recipient: job.to,
      template: job.template,
      provider,
      providerMessageId: null,
      subjectType: job.subject?.type ?? null,
      subjectId: job.subject?.id ?? null,
      sentAt: now,
    });
    if (!reserved) return 'already-sent';
    const result = email
      ? await deps.email.send({
          to: job.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          messageId: messageIdFor(job.messageKey, deps.messageIdDomain),
        })
      : await deps.sms.send({ to: job.to, text: sms!.text, messageKey: job.messageKey }, { tx });
    await setProviderMessageId(tx, id, result.providerMessageId);
    return 'sent';
  });
}

/** `<sha256(key)[0..32]@domain>`: the same key always gives the same Message-ID. */
export function messageIdFor(messageKey: string, domain = 'dichvucong.localhost'): string {
  return `<${createHash('sha256').update(messageKey).digest('hex').slice(0, 32)}@${domain}>`;
}
