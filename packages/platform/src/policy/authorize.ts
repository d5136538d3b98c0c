import type { Actor } from '../context/actor.ts';
import { AppError } from '../errors/app-error.ts';

/**
 * The outcome of a policy check. `hide` means the actor must not learn that the object exists
 * (another agency's record), so the caller answers 404 rather than 403.
 */
export type Decision = 'allow' | 'deny' | 'hide';

export type Policy<S = void> = (actor: Actor, subject: S) => Decision | boolean;

/** Called at the top of every use case. Throws the right AppError when the policy says no. */
export function authorize<S>(actor: Actor, policy: Policy<S>, subject: S): void {
  const decision = policy(actor, subject);
  if (decision === true || decision === 'allow') return;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (decision === 'hide') throw new AppError('NOT_FOUND');
  throw new AppError('FORBIDDEN');
}
