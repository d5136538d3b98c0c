import { AppError, type RequestContext } from '@openprovince/platform';
import type { IdentityDeps } from '../identity-deps.ts';
import { findCitizenByPersonalId } from '../repositories/citizen.repository.ts';
import { clearFailures, findThrottle, recordFailure } from '../repositories/session.repository.ts';
import { verifyPassword } from '../security/passwords.ts';
import { delayAfterFailures, throttleKey } from '../security/throttle.ts';
import type { LogInResult } from './log-in.ts';
import { openCitizenSession } from './open-citizen-session.ts';

/** Citizens sign in with their personal ID number; the same throttle and session rules as officials. */
export async function logInCitizen(
  deps: IdentityDeps,
  ctx: RequestContext,
  input: { personalId: string; password: string; previousToken?: string },
): Promise<Omit<LogInResult, 'officialId' | 'actor'> & { citizenId: string }> {
  const now = deps.now();
  const key = throttleKey(`citizen:${input.personalId}`, ctx.ip);
  const throttle = await findThrottle(deps.db, key);
  if (throttle?.blockedUntil && throttle.blockedUntil > now) {
    throw new AppError('LOGIN_THROTTLED', {
      retryAfterSeconds: (throttle.blockedUntil.getTime() - now.getTime()) / 1000,
    });
  }
  const citizen = await findCitizenByPersonalId(deps.db, input.personalId);
  if (!citizen || !(await verifyPassword(citizen.passwordHash, input.password))) {
    await recordFailure(deps.db, {
      key,
      at: now,
      forgetBefore: new Date(now.getTime() - deps.throttlePolicy.forgetAfterSeconds * 1000),
      delaySecondsFor: (n) => delayAfterFailures(n, deps.throttlePolicy),
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const session = await deps.db.transaction(async (tx) => {
    await clearFailures(tx, key);
    return openCitizenSession(tx, deps, ctx, {
      citizen,
      ...(input.previousToken ? { previousToken: input.previousToken } : {}),
    });
  });
  return { ...session, citizenId: citizen.id };
}
