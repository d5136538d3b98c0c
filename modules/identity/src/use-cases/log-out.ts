import { recordAudit } from '@openprovince/audit';
import type { RequestContext } from '@openprovince/platform';
import type { IdentityDeps } from '../deps.ts';
import { revokeSession } from '../repositories/session.repository.ts';
import { hashToken } from './log-in.ts';

export async function logOut(
  deps: IdentityDeps,
  ctx: RequestContext,
  input: { token: string },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const revoked = await revokeSession(tx, hashToken(input.token), deps.now());
    if (!revoked) return;
    await recordAudit(tx, ctx, {
      action: 'identity.session.sign-out',
      objectType: ctx.actor.kind === 'citizen' ? 'citizen' : 'official',
      objectId:
        ctx.actor.kind === 'official'
          ? ctx.actor.userId
          : ctx.actor.kind === 'citizen'
            ? ctx.actor.citizenId
            : null,
      agencyId: ctx.actor.kind === 'official' ? ctx.actor.agencyId : null,
    });
  });
}
