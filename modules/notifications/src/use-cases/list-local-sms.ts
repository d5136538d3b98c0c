import type { Db } from '@openprovince/db';
import { authorize, type RequestContext } from '@openprovince/platform';
import { toInternationalVn } from '../adapters/providers/sms.ts';
import type { TLocalSms } from '../contracts/index.ts';
import { canReadNotifications } from '../policies.ts';
import { listLocalSmsRows } from '../repositories/local-sms.repository.ts';

/** The local SMS outbox, newest first (development and demonstration installs). */
export async function listLocalSms(
  db: Db,
  ctx: RequestContext,
  input: { to?: string; limit?: number },
): Promise<{ items: TLocalSms[] }> {
  authorize(ctx.actor, canReadNotifications, undefined);
  let to: string | undefined;
  if (input.to) {
    try {
      to = toInternationalVn(input.to);
    } catch {
      return { items: [] };
    }
  }
  const rows = await listLocalSmsRows(db, { to, limit: input.limit ?? 50 });
  return {
    items: rows.map((r) => ({
      id: r.id,
      to: r.to,
      text: r.text,
      messageKey: r.messageKey,
      encoding: r.encoding,
      segments: r.segments,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
