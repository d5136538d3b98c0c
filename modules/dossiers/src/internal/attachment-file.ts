import type { DossierDeps } from '../dossier-deps.ts';
import { checkUpload } from './check-upload.ts';

export interface StoredFile {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/**
 * Checks a file as the platform accepts attachments (checkUpload: size, type read from the content, a name
 * that matches it) and puts the bytes in the file storage under a generated key. `path` names the field in
 * the field errors. The caller deletes the stored file if its transaction fails.
 */
export async function checkAndStoreFile(
  deps: DossierDeps,
  input: { fileName: string; bytes: Uint8Array; path?: string },
): Promise<StoredFile> {
  const { fileName, mediaType } = await checkUpload(deps.attachmentLimits, input);
  const stored = await deps.storage.put(input.bytes, { prefix: 'dossiers' });
  return { fileName, mediaType, size: stored.size, sha256: stored.sha256, storageKey: stored.key };
}
