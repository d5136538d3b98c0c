import { api, unwrap } from '../../../api/client.ts';
import type { FormBodyOf, RequestBodyOf, ResponseOf } from '../../../api/types.ts';
import { uploadForm } from '../../../api/upload.ts';

export type ServerDraft = ResponseOf<'/api/dossier-drafts/{id}', 'get'>;
export type OpenedDraft = ResponseOf<'/api/dossier-drafts', 'post'>;
export type DraftFile = ServerDraft['files'][number];
export type DraftSummary = ResponseOf<'/api/dossier-drafts', 'get'>['items'][number];
export type SaveDraftBody = RequestBodyOf<'/api/dossier-drafts/{id}', 'put'>;

/** Opens the signed-in citizen's draft of the procedure, starting it if there is none. */
export function openDraft(procedureId: string): Promise<OpenedDraft> {
  return unwrap(api.POST('/api/dossier-drafts', { body: { procedureId } }));
}

export function fetchDraft(id: string, signal?: AbortSignal): Promise<ServerDraft> {
  return unwrap(api.GET('/api/dossier-drafts/{id}', { params: { path: { id } }, signal }));
}

/** If-Match: a save from another tab meanwhile answers 412 rather than being overwritten. */
export function saveDraft(draft: { id: string; version: number }, body: SaveDraftBody): Promise<ServerDraft> {
  return unwrap(
    api.PUT('/api/dossier-drafts/{id}', {
      params: { path: { id: draft.id } },
      body,
      headers: { 'if-match': `"${draft.version}"` },
    }),
  );
}

/** A component's file, uploaded as soon as it is chosen (multipart/form-data: the component, then the file). */
export function uploadDraftFile(
  id: string,
  input: { componentKey: string; file: File },
): Promise<ServerDraft> {
  const form = uploadForm({ componentKey: input.componentKey }, input.file, input.file.name);
  return unwrap(
    api.POST('/api/dossier-drafts/{id}/files', {
      params: { path: { id } },
      // openapi-fetch sends a FormData as it is; the type is the form the API documents.
      body: form as unknown as FormBodyOf<'/api/dossier-drafts/{id}/files', 'post'>,
    }),
  ) as Promise<ServerDraft>;
}

export function removeDraftFile(id: string, fileId: string): Promise<ServerDraft> {
  return unwrap(api.DELETE('/api/dossier-drafts/{id}/files/{fileId}', { params: { path: { id, fileId } } }));
}

export function listDrafts(signal?: AbortSignal): Promise<{ items: DraftSummary[] }> {
  return unwrap(api.GET('/api/dossier-drafts', { signal }));
}

export function draftFileUrl(draftId: string, fileId: string): string {
  return `/api/dossier-drafts/${encodeURIComponent(draftId)}/files/${encodeURIComponent(fileId)}`;
}
