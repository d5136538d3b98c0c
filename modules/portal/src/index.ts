/**
 * @openprovince/portal: news posts (tin, bài) of the provincial web portal and the agencies' component
 * sites, in Vietnamese and Khmer: public list, search and reading; editors write, publish and take down
 * their agency's posts; counts by language and period for the report (issue 5, Khmer content).
 *
 * The door: the narrow api for other modules, the types it uses, and what the composition root mounts
 * until the manifest (module.ts) carries it. Browser code reads `@openprovince/portal/contracts`.
 */
export { portalApi } from './api.ts';
export type * from './contracts/index.ts';
export { PORTAL_GRANTS } from './contracts/index.ts';
export { type PostAction, postWorkflow } from './contracts/workflow.ts';
export { createPortalDeps, type PortalDeps } from './deps.ts';
export { portalModule } from './module.ts';
// Mounted by the composition root (apps/api/src/modules.ts and the demo seed).
export { portalRoutes } from './routes/post.routes.ts';
export { seedPortalDemo } from './seed/demo.ts';
/** The module's figures in the one statistics shape (dashboard, annual report). */
export { portalStatistics } from './statistics.ts';
