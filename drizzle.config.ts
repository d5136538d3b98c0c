import { defineConfig } from 'drizzle-kit';

// Generation only: migrations are applied in code (packages/db/src/migrate.ts) on start and by
// `openprovince db migrate`, because drizzle-kit's own PGlite driver cannot load extensions.
export default defineConfig({
  dialect: 'postgresql',
  // modules/_template (the template `npm run new:module` copies) has a schema but no migration.
  schema: ['./modules/[!_]*/src/db/schema.ts', './packages/*/src/db/schema.ts'],
  out: './packages/db/migrations',
  migrations: { prefix: 'timestamp', table: '__drizzle_migrations', schema: 'platform' },
  strict: true,
  verbose: false,
});
