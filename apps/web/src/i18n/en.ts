/** The English texts, assembled like `vi.ts` (the same keys, checked by `i18n.test.ts`). */
import admin from './areas/admin.en.json';
import catalogue from './areas/catalogue.en.json';
import citizenPortal from './areas/citizenPortal.en.json';
import officeWork from './areas/officeWork.en.json';
import pki from './areas/pki.en.json';
import portalPosts from './areas/portalPosts.en.json';
import base from './en.json';

const en = { ...base, admin, catalogue, citizenPortal, officeWork, pki, portalPosts };
export default en;
