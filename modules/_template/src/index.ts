/**
 * The door of the starter-kit module: what other workspaces may import. The manifest (for the composition
 * root), the narrow api (for other modules, through ports) and the types those use; nothing else.
 */
export { type StarterKitApi, starterKitApi } from './api.ts';
export type { StarterKitDeps } from './deps.ts';
export { starterKitModule } from './module.ts';
