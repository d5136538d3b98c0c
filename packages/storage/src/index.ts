export {
  createFileStorage,
  type FileSource,
  type FileStorage,
  LocalFolderStorage,
  MemoryStorage,
  type StoredFile,
} from './file-storage.ts';
export type {} from './shared-deps.ts';
