export {
  createFileStorage,
  type FileStorage,
  LocalFolderStorage,
  MemoryStorage,
  type StoredFile,
} from './file-storage.ts';
export type {} from './shared-deps.ts';
