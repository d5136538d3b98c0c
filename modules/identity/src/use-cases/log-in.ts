import { createHash } from 'node:crypto';
import { recordAudit } from '@openprovince/audit';
import { AppError, newToken, type OfficialActor, type RequestContext } from '@openprovince/platform';
import type { TLoginBody } from '../contracts/index.ts';
import { requiresSecondFactor } from '../contracts/roles.ts';
import type { IdentityDeps } from '../deps.ts';
import { normaliseUsername } from '../domain/normalise.ts';
import { verifyPassword } from '../domain/security/passwords.ts';
import {
  assertNotThrottled,
  clearSignInFailures,
  recordSignInFailure,
} from '../domain/security/sign-in-throttle.ts';
import { throttleScopes } from '../domain/security/throttle.ts';
import { matchTotpStep } from '../domain/security/totp.ts';
import { consumeTotpStep, findOfficialByUsername, rolesOf } from '../repositories/official.repository.ts';
import { insertSession, revokeSession } from '../repositories/session.repository.ts';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LogInResult {
  /** The new session token for the cookie. Never stored. */
  token: string;
  expiresAt: Date;
  officialId: string;
  /** The signed-in official as an actor, so the caller need not look the session up again. */
  actor: OfficialActor;
}

/**
 * Signs an official in. A new session is created at every sign-in and the one the browser presented is
 * revoked (session fixation). Failed attempts slow down the account and the address (throttle.ts). An
 * administrator's TOTP code is accepted once: a replayed code is refused like a wrong one.
 */
export async function logIn(
  deps: IdentityDeps,
  ctx: RequestContext,
  input: TLoginBody & { previousToken?: string; userAgent?: string },
): Promise<LogInResult> {
  const now = deps.now();
  const username = normaliseUsername(input.username);
  const scopes = throttleScopes(deps.signInLimits, { account: `official:${username}`, ip: ctx.ip });
  const counted = await assertNotThrottled(deps.db, scopes, now);

  const official = await findOfficialByUsername(deps.db, username);
  const passwordOk = await verifyPassword(official?.passwordHash, input.password);

  const fail = async (code: 'INVALID_CREDENTIALS' | 'SECOND_FACTOR_INVALID') => {
    await deps.db.transaction(async (tx) => {
      const failures = await recordSignInFailure(tx, scopes, now);
      await recordAudit(tx, ctx, {
        action: 'identity.session.sign-in-failed',
        objectType: 'official',
        objectId: official?.id ?? null,
        agencyId: official?.agencyId ?? null,
        summary: { username, reason: code, failures },
      });
    });
    throw new AppError(code);
  };

  if (!official || !passwordOk || !official.isActive) return fail('INVALID_CREDENTIALS');

  const roles = await rolesOf(deps.db, official.id);
  const needsSecondFactor = roles.some(requiresSecondFactor);
  if (needsSecondFactor) {
    if (!official.totpSecret) {
      throw new AppError('SECOND_FACTOR_REQUIRED', {
        detail:
          'Tài khoản quản trị chưa đăng ký xác thực hai lớp; liên hệ quản trị hệ thống (openprovince user totp).',
        detailEn:
          'This administrator has no second factor yet; ask a system administrator (openprovince user totp).',
      });
    }
    if (!input.totp) throw new AppError('SECOND_FACTOR_REQUIRED');
    const step = matchTotpStep(official.totpSecret, input.totp, now);
    // A code seen before (or one older than the last accepted) may have been watched or intercepted.
    if (step === undefined || !(await consumeTotpStep(deps.db, { officialId: official.id, step }))) {
      return fail('SECOND_FACTOR_INVALID');
    }
  }

  const token = newToken();
  const expiresAt = new Date(now.getTime() + deps.sessionPolicy.absoluteSeconds * 1000);
  await deps.db.transaction(async (tx) => {
    if (input.previousToken) await revokeSession(tx, hashToken(input.previousToken), now);
    await clearSignInFailures(tx, { scopes, counted });
    await insertSession(tx, {
      tokenHash: hashToken(token),
      subjectKind: 'official',
      subjectId: official.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: ctx.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'identity.session.sign-in',
      objectType: 'official',
      objectId: official.id,
      agencyId: official.agencyId,
      summary: { username, secondFactor: needsSecondFactor },
    });
  });
  const actor: OfficialActor = {
    kind: 'official',
    userId: official.id,
    username: official.username,
    fullName: official.fullName,
    agencyId: official.agencyId,
    roles,
    permissions: deps.permissionsOf(roles),
  };
  return { token, expiresAt, officialId: official.id, actor };
}
