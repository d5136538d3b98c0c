import type { DossierDeps } from '../deps.ts';
import { storeUpload, type UploadContent } from '../domain/check-upload.ts';

export interface StoredFile {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/**
 * Checks a file as the platform accepts attachments (checkUpload: size, type read from the content, a name
 * that matches it) and streams it to the file storage under a generated key (storeUpload). `path` names the field in
 * the field errors. The caller deletes the stored file if its transaction fails.
 */
export async function checkAndStoreFile(
  deps: DossierDeps,
  input: { fileName: string; path?: string | undefined } & (
    | { bytes: Uint8Array }
    | { content: UploadContent }
  ),
): Promise<StoredFile> {
  const { fileName, mediaType, stored } = await storeUpload(deps, {
    fileName: input.fileName,
    // A whole buffer (a return's result file, sent in its JSON) or an upload's stream (a form's file).
    content: 'content' in input ? input.content : input.bytes,
    prefix: 'dossiers',
    path: input.path,
  });
  return { fileName, mediaType, size: stored.size, sha256: stored.sha256, storageKey: stored.key };
}
