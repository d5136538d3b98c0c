/**
 * The Vietnamese texts every page may need: the shared file and the areas the citizen portal shows. The
 * workspace-only areas are added at run time by `loadWorkspaceTexts` (app/i18n.ts); this module must not
 * import them, or they would ride along on every citizen's first page.
 */
import citizenPortal from './areas/citizenPortal.vi.json';
import pki from './areas/pki.vi.json';
import portalPosts from './areas/portalPosts.vi.json';
import base from './vi.json';

export const PORTAL_TEXTS = { ...base, citizenPortal, pki, portalPosts };
