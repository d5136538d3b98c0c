import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { newToken, type RequestContext } from '@openprovince/platform';
import type { IdentityDeps } from '../deps.ts';
import { insertSession, revokeSession } from '../repositories/session.repository.ts';
import { hashToken } from './log-in.ts';

/**
 * Inside the caller's transaction: revokes the session presented (fixation), creates a new one and
 * audits the sign-in. Shared by the password and the identity-provider sign-ins so both follow ADR 0005.
 */
export async function openCitizenSession(
  tx: Db,
  deps: IdentityDeps,
  ctx: RequestContext,
  input: {
    citizen: { id: string; fullName: string };
    previousToken?: string;
    userAgent?: string;
    summary?: Record<string, unknown>;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const now = deps.now();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + deps.sessionPolicy.absoluteSeconds * 1000);
  if (input.previousToken) await revokeSession(tx, hashToken(input.previousToken), now);
  await insertSession(tx, {
    tokenHash: hashToken(token),
    subjectKind: 'citizen',
    subjectId: input.citizen.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: ctx.ip ?? null,
    ...(input.userAgent ? { userAgent: input.userAgent.slice(0, 500) } : {}),
  });
  await recordAudit(
    tx,
    { ...ctx, actor: { kind: 'citizen', citizenId: input.citizen.id, fullName: input.citizen.fullName } },
    {
      action: 'identity.session.sign-in',
      objectType: 'citizen',
      objectId: input.citizen.id,
      ...(input.summary ? { summary: input.summary } : {}),
    },
  );
  return { token, expiresAt };
}
