import type { Actor } from '../context/actor.ts';
import { hasPermission } from '../context/actor.ts';

/**
 * Every route declares who may call it, in `config.access`. A route without it makes the server refuse
 * to start, so a forgotten check cannot ship. The declaration is the outer gate only; use cases still
 * check their own policy (agency scoping, object state) at the top.
 */
export type RouteAccess =
  | 'public'
  | 'authenticated'
  | 'official'
  | 'citizen'
  | { permission: string }
  | { anyPermission: readonly string[] };

export type AccessOutcome = 'ok' | 'unauthenticated' | 'forbidden';

export function checkAccess(access: RouteAccess, actor: Actor): AccessOutcome {
  if (access === 'public') return 'ok';
  if (actor.kind === 'anonymous') return 'unauthenticated';
  if (access === 'authenticated') return 'ok';
  if (access === 'official') return actor.kind === 'official' ? 'ok' : 'forbidden';
  if (access === 'citizen') return actor.kind === 'citizen' ? 'ok' : 'forbidden';
  if ('permission' in access) return hasPermission(actor, access.permission) ? 'ok' : 'forbidden';
  return access.anyPermission.some((p) => hasPermission(actor, p)) ? 'ok' : 'forbidden';
}
