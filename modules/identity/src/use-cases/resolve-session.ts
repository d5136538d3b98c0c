import { type Actor, ANONYMOUS } from '@openprovince/platform';
import type { IdentityDeps } from '../deps.ts';
import { sessionState } from '../domain/security/session-policy.ts';
import { findCitizenById } from '../repositories/citizen.repository.ts';
import { findOfficialById, rolesOf } from '../repositories/official.repository.ts';
import { findSession, touchSession } from '../repositories/session.repository.ts';
import { hashToken } from './log-in.ts';

export interface ResolvedSession {
  actor: Actor;
  expiresAt?: Date;
}

/**
 * Turns a session token into the actor for this request. Expired, idle or revoked sessions and
 * deactivated accounts resolve to anonymous, which the route gates answer with 401.
 */
export async function resolveSession(
  deps: IdentityDeps,
  input: { token: string | undefined },
): Promise<ResolvedSession> {
  if (!input.token || input.token.length > 200) return { actor: ANONYMOUS };
  const tokenHash = hashToken(input.token);
  const session = await findSession(deps.db, tokenHash);
  if (!session) return { actor: ANONYMOUS };
  const now = deps.now();
  if (sessionState(session, now, deps.sessionPolicy) !== 'active') return { actor: ANONYMOUS };
  if (now.getTime() - session.lastSeenAt.getTime() > deps.sessionPolicy.touchEverySeconds * 1000) {
    await touchSession(deps.db, tokenHash, now);
  }
  if (session.subjectKind === 'official') {
    const official = await findOfficialById(deps.db, session.subjectId);
    if (!official?.isActive) return { actor: ANONYMOUS };
    const roles = await rolesOf(deps.db, official.id);
    return {
      expiresAt: session.expiresAt,
      actor: {
        kind: 'official',
        userId: official.id,
        username: official.username,
        fullName: official.fullName,
        agencyId: official.agencyId,
        roles,
        permissions: deps.permissionsOf(roles),
        sessionId: tokenHash.slice(0, 16),
      },
    };
  }
  const citizen = await findCitizenById(deps.db, session.subjectId);
  if (!citizen) return { actor: ANONYMOUS };
  return {
    expiresAt: session.expiresAt,
    actor: {
      kind: 'citizen',
      citizenId: citizen.id,
      fullName: citizen.fullName,
      sessionId: tokenHash.slice(0, 16),
    },
  };
}
