import { defineModule, type SharedDeps } from '@openprovince/platform/module';
import { GEOGRAPHY_GRANTS } from './contracts/index.ts';
import { geographyRoutes } from './routes/geography.routes.ts';
import { seedGeography } from './use-cases/seed-geography.ts';

export interface GeographyDeps {
  db: SharedDeps['db'];
}

/** Administrative units with their history (the mergers of 2025), boundaries and counts. */
export const geographyModule = defineModule({
  name: 'geography',
  description: { vi: 'Đơn vị hành chính và lịch sử sáp nhập', en: 'Administrative units and their history' },
  grants: GEOGRAPHY_GRANTS,
  deps: ({ db }): GeographyDeps => ({ db }),
  routes: ({ db }) => geographyRoutes(db),
  seed: { demo: ({ db }, { ctx }) => seedGeography(db, ctx) },
});
