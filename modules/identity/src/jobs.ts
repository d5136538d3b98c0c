import { defineQueue, handle } from '@openprovince/jobs';
import type { ScheduleSpec } from '@openprovince/platform/module';
import type { IdentityDeps } from './deps.ts';
import { purgeOldSessions } from './use-cases/purge-old-sessions.ts';

/** Owned by identity: delete ended sessions (payload empty; the clock decides what is old). */
export const SESSIONS_PURGE_QUEUE = defineQueue<Record<string, never>>('identity.sessions.purge');

export const IDENTITY_SCHEDULES: readonly ScheduleSpec[] = [
  {
    name: 'identity.sessions-purge',
    queue: SESSIONS_PURGE_QUEUE.name,
    every: { hours: 1 },
    catchUp: 'latest',
  },
];

export function identityJobHandlers(deps: IdentityDeps) {
  return handle(SESSIONS_PURGE_QUEUE, async () => void (await purgeOldSessions(deps)));
}
