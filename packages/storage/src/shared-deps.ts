/** Every module's deps carry the configured file storage (see @openprovince/platform/module). */
import type { FileStorage } from './file-storage.ts';

declare module '@openprovince/platform/module' {
  interface SharedDepsRegistry {
    storage: FileStorage;
  }
}
