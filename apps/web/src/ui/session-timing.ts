/**
 * When to warn that a session is about to end (WCAG 2.2.1 Timing Adjustable), as a pure function of the
 * time of the last API answer. The server ends a session after 30 idle minutes, measured from the last
 * time it wrote "last seen" — which it does at most once a minute — so the end can come up to a minute
 * before "last answer + 30 min", and has certainly come at "last answer + 30 min". The warning is shown
 * two minutes before the earliest end; the client treats itself as signed out at the certain end. A
 * session also has an absolute end (one working day) that no activity can push back.
 */
export interface SessionTimingPolicy {
  idleMs: number;
  warnBeforeMs: number;
  /** How stale the server's "last seen" may be (its touch interval). */
  touchSlackMs: number;
}

export const SESSION_TIMING: SessionTimingPolicy = {
  idleMs: 30 * 60_000,
  warnBeforeMs: 2 * 60_000,
  touchSlackMs: 60_000,
};

export type SessionPhase = 'active' | 'warning' | 'ended';

export interface SessionTiming {
  phase: SessionPhase;
  /** The earliest moment the session may end: what the warning counts down to. */
  endsAt: number;
  /** The moment it has certainly ended. */
  endedAt: number;
  warnAt: number;
  /** Whether activity can still push the end back (false when the absolute end comes first). */
  canExtend: boolean;
  /** When the phase changes next if nothing else happens (Infinity once ended). */
  nextChangeAt: number;
}

export function sessionTiming(
  input: { lastActivityAt: number; absoluteEndAt?: number | null; now: number },
  policy: SessionTimingPolicy = SESSION_TIMING,
): SessionTiming {
  const absolute = input.absoluteEndAt ?? Number.POSITIVE_INFINITY;
  const idleEarliest = input.lastActivityAt - policy.touchSlackMs + policy.idleMs;
  const idleCertain = input.lastActivityAt + policy.idleMs;
  const endsAt = Math.min(idleEarliest, absolute);
  const endedAt = Math.min(idleCertain, absolute);
  const warnAt = endsAt - policy.warnBeforeMs;
  const canExtend = idleEarliest < absolute;
  let phase: SessionPhase = 'active';
  if (input.now >= endedAt) phase = 'ended';
  else if (input.now >= warnAt) phase = 'warning';
  const nextChangeAt = phase === 'active' ? warnAt : phase === 'warning' ? endedAt : Number.POSITIVE_INFINITY;
  return { phase, endsAt, endedAt, warnAt, canExtend, nextChangeAt };
}

/** Whole minutes and seconds left until `end` (rounded up to the second, never negative). */
export function remaining(end: number, now: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil((end - now) / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

const EXPIRED_KEY = 'openprovince.sessionExpired';

/**
 * Remembers, across the redirect to the log-in page, that the session ended by time rather than by a
 * sign-out, so that the log-in page can say why the official is there (WCAG 2.2.1 / 3.3).
 */
export function markSessionExpired(): void {
  try {
    window.sessionStorage.setItem(EXPIRED_KEY, String(Date.now()));
  } catch {
    // Storage refused (private browsing): the log-in page then shows no explanation.
  }
}

/**
 * Whether the session ended by time just before this visit to the log-in page (reading clears it). A mark
 * older than two minutes is stale — the server had kept the session after all, and the official came to the
 * log-in page later for another reason.
 */
export function takeSessionExpired(now = Date.now()): boolean {
  try {
    const at = Number(window.sessionStorage.getItem(EXPIRED_KEY));
    window.sessionStorage.removeItem(EXPIRED_KEY);
    return at > 0 && now - at >= 0 && now - at < 2 * 60_000;
  } catch {
    return false;
  }
}
