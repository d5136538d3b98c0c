/**
 * Who is acting. Built once per request (or per CLI command / job) by the identity module and passed
 * explicitly to every use case: nothing reads "the current user" from a global.
 */
export type Actor = OfficialActor | CitizenActor | SystemActor | AnonymousActor;

export interface OfficialActor {
  kind: 'official';
  userId: string;
  username: string;
  fullName: string;
  agencyId: string;
  roles: readonly string[];
  permissions: ReadonlySet<string>;
  sessionId?: string;
}

export interface CitizenActor {
  kind: 'citizen';
  citizenId: string;
  fullName: string;
  sessionId?: string;
}

/** Jobs, the CLI and the seeder act as the system; they are still audited by name. */
export interface SystemActor {
  kind: 'system';
  name: string;
}

export interface AnonymousActor {
  kind: 'anonymous';
}

export const ANONYMOUS: AnonymousActor = Object.freeze({ kind: 'anonymous' });

export function systemActor(name: string): SystemActor {
  return { kind: 'system', name };
}

/** What a use case needs to know about the call besides its input. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  ip?: string;
}

export function hasPermission(actor: Actor, permission: string): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'official' && actor.permissions.has(permission);
}
