/**
 * The Vietnamese texts (the reference language): the shared file plus one file per area, so that work on
 * different screens does not edit the same lines. This object is the type of every text key; at run time the
 * citizen portal starts with `PORTAL_TEXTS` and the officials' workspace adds `WORKSPACE_AREAS` when it loads
 * (`loadWorkspaceTexts` in app/i18n.ts), so that a citizen's phone never downloads the administrators' texts.
 */
import admin from './areas/admin.vi.json';
import catalogue from './areas/catalogue.vi.json';
import pki from './areas/pki.vi.json';
import portalPosts from './areas/portalPosts.vi.json';
import base from './vi.json';

/** What every page may need: the shared texts and the areas the portal shows. */
export const PORTAL_TEXTS = { ...base, pki, portalPosts };

const vi = { ...PORTAL_TEXTS, admin, catalogue };
export default vi;
