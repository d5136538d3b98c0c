import {
  DRAFT_RETENTION_DAYS,
  type TDraft,
  type TDraftApplicant,
  type TDraftFile,
  type TDraftSummary,
} from '../contracts/drafts.ts';
import type { DraftFileRow, DraftRow } from '../repositories/draft.repository.ts';

const DAY_MS = 86_400_000;

export const draftExpiresAt = (updatedAt: Date) =>
  new Date(updatedAt.getTime() + DRAFT_RETENTION_DAYS * DAY_MS);

export const EMPTY_APPLICANT: TDraftApplicant = {
  name: '',
  phone: '',
  email: '',
  address: '',
  communeCode: '',
};

export function presentDraftFile(row: DraftFileRow): TDraftFile {
  return {
    id: row.id,
    componentKey: row.componentKey,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

/** Response shapes are whitelists: the storage keys and the citizen id stay inside the module. */
export function presentDraft(row: DraftRow, files: DraftFileRow[]): TDraft {
  return {
    id: row.id,
    procedureId: row.procedureId,
    procedureCode: row.procedureCode,
    procedureName: row.procedureName,
    idempotencyKey: row.idempotencyKey,
    values: row.values,
    applicant: { ...EMPTY_APPLICANT, ...row.applicant },
    step: row.step,
    files: files.map(presentDraftFile),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    expiresAt: draftExpiresAt(row.updatedAt).toISOString(),
  };
}

export function presentDraftSummary(row: DraftRow, fileCount: number): TDraftSummary {
  return {
    id: row.id,
    procedureId: row.procedureId,
    procedureCode: row.procedureCode,
    procedureName: row.procedureName,
    step: row.step,
    fileCount,
    updatedAt: row.updatedAt.toISOString(),
    expiresAt: draftExpiresAt(row.updatedAt).toISOString(),
  };
}
