import type { IdentityDeps } from '../deps.ts';
import { purgeOldSessions as deleteSessionsBefore } from '../repositories/session.repository.ts';

/** Ended sessions (expired or revoked) stay a day for the audit trail; then they are deleted. */
export const SESSION_KEEP_MS = 24 * 3_600_000;

/**
 * Deletes sessions that ended more than a day ago: a session row names a person, an address and a browser,
 * which must not be kept beyond their purpose (Decree 13/2023, art. 3). Run hourly by the job worker.
 */
export async function purgeOldSessions(deps: IdentityDeps): Promise<{ before: Date }> {
  const before = new Date(deps.now().getTime() - SESSION_KEEP_MS);
  await deleteSessionsBefore(deps.db, before);
  return { before };
}
