import { defineModule } from '@openprovince/platform/module';
import { STARTER_KIT_GRANTS } from './contracts/index.ts';
import { createStarterKitDeps } from './deps.ts';
import { noteRoutes } from './routes/notes.routes.ts';

/** What the starter-kit module contributes; `apps/api/src/modules.ts` mounts it from the MODULES list. */
export const starterKitModule = defineModule({
  name: 'starter-kit',
  description: { vi: 'Mô-đun starter-kit', en: 'The starter-kit module' },
  grants: STARTER_KIT_GRANTS,
  deps: createStarterKitDeps,
  routes: noteRoutes,
});
