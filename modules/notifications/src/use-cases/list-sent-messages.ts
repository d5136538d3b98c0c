import type { Db } from '@openprovince/db';
import { authorize, type RequestContext } from '@openprovince/platform';
import type { TSentMessage } from '../contracts/index.ts';
import { canReadNotifications } from '../policies.ts';
import { listSentMessageRows } from '../repositories/sent-message.repository.ts';

/** ng***@example.vn, 091****678: enough to recognise, not enough to harvest. */
export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf('@');
  if (at > 0) return `${recipient.slice(0, Math.min(2, at))}***${recipient.slice(at)}`;
  if (recipient.length >= 7) return `${recipient.slice(0, 3)}****${recipient.slice(-3)}`;
  return '***';
}

export async function listSentMessages(
  db: Db,
  ctx: RequestContext,
  input: { channel?: 'email' | 'sms'; subjectId?: string; limit?: number; offset?: number },
): Promise<{ items: TSentMessage[]; total: number }> {
  authorize(ctx.actor, canReadNotifications, undefined);
  const { rows, total } = await listSentMessageRows(db, {
    ...input,
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      messageKey: r.messageKey,
      channel: r.channel,
      recipient: maskRecipient(r.recipient),
      template: r.template,
      provider: r.provider,
      providerMessageId: r.providerMessageId,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      sentAt: r.sentAt.toISOString(),
    })),
  };
}
