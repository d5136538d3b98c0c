import { hasPermission, type Policy } from '@openprovince/platform';
import { PORTAL_PERMISSIONS as P } from './contracts/index.ts';

/**
 * Published news is public information. An agency's portal editor writes, publishes and takes down the
 * posts of their own agency; another agency's post is hidden from their edits (404). The portal's editorial
 * board (edit-all) acts on every agency's posts. Citizens and anonymous visitors only read.
 */
export const canReadPublished: Policy = () => true;

export const canEditPost: Policy<{ agencyId: string }> = (actor, post) => {
  if (hasPermission(actor, P.editAll)) return 'allow';
  if (actor.kind !== 'official' || !hasPermission(actor, P.edit)) return 'deny';
  return actor.agencyId === post.agencyId ? 'allow' : 'hide';
};

/** Writing a new post in an agency's name: one's own agency, or any for the editorial board. */
export const canWriteFor: Policy<{ agencyId: string }> = (actor, target) => {
  if (hasPermission(actor, P.editAll)) return 'allow';
  return actor.kind === 'official' && hasPermission(actor, P.edit) && actor.agencyId === target.agencyId;
};

/** The editors' list (drafts included). */
export const canListEditorPosts: Policy = (actor) =>
  hasPermission(actor, P.editAll) || hasPermission(actor, P.edit);

/** Counts of published posts are public figures (the report publishes them). */
export const canReadStats: Policy = () => true;
