/**
 * @openprovince/portal: news posts (tin, bài) of the provincial web portal and the agencies' component
 * sites, in Vietnamese and Khmer: public list, search and reading; editors write, publish and take down
 * their agency's posts; counts by language and period for the report (issue 5, Khmer content).
 */
export * from './contracts/index.ts';
export { searchTextOf, searchWords } from './domain/text.ts';
export { portalRoutes } from './routes/post.routes.ts';
export { DEMO_POSTS, PORTAL_REPORT_2021 } from './seed/demo-posts.ts';
export { seedPortalDemo } from './seed/seed-portal-demo.ts';
/** The module's figures in the one statistics shape (dashboard, annual report). */
export { portalStatistics } from './statistics.ts';
export { createPost } from './use-cases/create-post.ts';
export { getPost } from './use-cases/get-post.ts';
export { getPublishedPost } from './use-cases/get-published-post.ts';
export { listEditorPosts } from './use-cases/list-editor-posts.ts';
export { listPublishedPosts } from './use-cases/list-published-posts.ts';
export { postStatistics } from './use-cases/post-statistics.ts';
export { setPostStatus } from './use-cases/set-post-status.ts';
export { updatePost } from './use-cases/update-post.ts';
