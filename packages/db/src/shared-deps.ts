/** Every module's deps carry the database handle (see @openprovince/platform/module). */
import type { Db } from './database.ts';

declare module '@openprovince/platform/module' {
  interface SharedDepsRegistry {
    db: Db;
  }
}
