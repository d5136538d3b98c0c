import { AppError, type RequestContext } from '@openprovince/platform';
import type { IdentityDeps } from '../deps.ts';
import { readReauthProof, signReauthProof } from '../domain/reauth-proof.ts';
import { logIn } from './log-in.ts';
import { logOut } from './log-out.ts';

/**
 * The signed-in official types the password (and TOTP for administrators) again: checked by `logIn`, with
 * its throttle and audit; the extra session it opens is closed at once. Returns the proof signing asks for.
 */
export async function proveReauthentication(
  deps: IdentityDeps,
  ctx: RequestContext,
  input: { password: string; totp?: string },
): Promise<string> {
  if (ctx.actor.kind !== 'official') throw new AppError('FORBIDDEN');
  const result = await logIn(deps, ctx, {
    username: ctx.actor.username,
    password: input.password,
    ...(input.totp ? { totp: input.totp } : {}),
  });
  await logOut(deps, ctx, { token: result.token });
  if (result.officialId !== ctx.actor.userId) throw new AppError('INVALID_CREDENTIALS');
  return signReauthProof(deps.reauthKey, { officialId: ctx.actor.userId, at: deps.now() });
}

/** When `officialId` re-authenticated, per a proof identity issued; null when it did not issue this one. */
export function verifyReauthProof(
  deps: IdentityDeps,
  proof: string,
  input: { officialId: string },
): Date | null {
  return readReauthProof(deps.reauthKey, proof, input);
}
