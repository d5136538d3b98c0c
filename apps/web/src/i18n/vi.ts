/**
 * The Vietnamese texts (the reference language): the shared file plus one file per area added later, so
 * that work on different screens does not edit the same lines.
 */
import admin from './areas/admin.vi.json';
import catalogue from './areas/catalogue.vi.json';
import pki from './areas/pki.vi.json';
import portalPosts from './areas/portalPosts.vi.json';
import base from './vi.json';

const vi = { ...base, admin, catalogue, pki, portalPosts };
export default vi;
