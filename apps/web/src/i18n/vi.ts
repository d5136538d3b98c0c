/**
 * The Vietnamese texts (the reference language): the shared file plus one file per area, so that work on
 * different screens does not edit the same lines. This object is the type of every text key (and what the
 * tests check); at run time the app starts with `PORTAL_TEXTS` and the officials' workspace adds its areas
 * when it loads (`loadWorkspaceTexts` in app/i18n.ts), so that a citizen's phone never downloads them.
 */
import admin from './areas/admin.vi.json';
import catalogue from './areas/catalogue.vi.json';
import officeWork from './areas/officeWork.vi.json';
import { PORTAL_TEXTS } from './portal-texts.ts';

const vi = { ...PORTAL_TEXTS, admin, catalogue, officeWork };
export default vi;
