/** Session lifetimes (OWASP ASVS 3.3): idle timeout and an absolute lifetime of one working day. */
export interface SessionPolicy {
  idleSeconds: number;
  absoluteSeconds: number;
  /** last_seen_at is written at most this often, to keep reads cheap. */
  touchEverySeconds: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleSeconds: 30 * 60,
  absoluteSeconds: 10 * 60 * 60,
  touchEverySeconds: 60,
};

export type SessionState = 'active' | 'idle-expired' | 'expired' | 'revoked';

export function sessionState(
  session: { lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null },
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): SessionState {
  if (session.revokedAt) return 'revoked';
  if (now >= session.expiresAt) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() > policy.idleSeconds * 1000) return 'idle-expired';
  return 'active';
}
