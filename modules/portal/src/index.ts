/**
 * @openprovince/portal: news posts (tin, bài) of the provincial web portal and the agencies' component
 * sites, in Vietnamese and Khmer: public list, search and reading; editors write, publish and take down
 * their agency's posts; counts by language and period for the report (issue 5, Khmer content).
 *
 * The door (issue 10 §3): the manifest and the narrow api. Schemas are in `/contracts`.
 */
export { portalApi } from './api.ts';
export { portalModule } from './module.ts';
