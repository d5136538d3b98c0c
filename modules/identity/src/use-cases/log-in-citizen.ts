import { AppError, type RequestContext } from '@openprovince/platform';
import type { IdentityDeps } from '../deps.ts';
import { verifyPassword } from '../domain/security/passwords.ts';
import {
  assertNotThrottled,
  clearSignInFailures,
  recordSignInFailure,
} from '../domain/security/sign-in-throttle.ts';
import { throttleScopes } from '../domain/security/throttle.ts';
import { findCitizenByPersonalId } from '../repositories/citizen.repository.ts';
import type { LogInResult } from './log-in.ts';
import { openCitizenSession } from './open-citizen-session.ts';

/**
 * Citizens sign in with their personal ID number; the same throttle and session rules as officials. An
 * unknown number costs the same password work (argon2 on a dummy hash) as a wrong password, so that the
 * answer's timing does not tell which numbers have an account.
 */
export async function logInCitizen(
  deps: IdentityDeps,
  ctx: RequestContext,
  input: { personalId: string; password: string; previousToken?: string },
): Promise<Omit<LogInResult, 'officialId' | 'actor'> & { citizenId: string }> {
  const now = deps.now();
  const scopes = throttleScopes(deps.signInLimits, { account: `citizen:${input.personalId}`, ip: ctx.ip });
  const counted = await assertNotThrottled(deps.db, scopes, now);
  const citizen = await findCitizenByPersonalId(deps.db, input.personalId);
  const passwordOk = await verifyPassword(citizen?.passwordHash, input.password);
  if (!citizen || !passwordOk) {
    await recordSignInFailure(deps.db, scopes, now);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const session = await deps.db.transaction(async (tx) => {
    await clearSignInFailures(tx, { scopes, counted });
    return openCitizenSession(tx, deps, ctx, {
      citizen,
      ...(input.previousToken ? { previousToken: input.previousToken } : {}),
    });
  });
  return { ...session, citizenId: citizen.id };
}
