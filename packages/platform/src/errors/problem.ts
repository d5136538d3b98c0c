import type { AppError } from './app-error.ts';
import { ERROR_CODES, type ErrorCode } from './error-codes.ts';

/** RFC 9457 problem document, with the Vietnamese text first and the English alongside. */
export interface ProblemDocument {
  type: string;
  code: ErrorCode;
  status: number;
  title: string;
  titleEn: string;
  detail?: string;
  detailEn?: string;
  instance?: string;
  requestId: string;
  errors?: { path: string; message: string }[];
  [extra: string]: unknown;
}

export function toProblem(error: AppError, requestId: string, instance?: string): ProblemDocument {
  const def = ERROR_CODES[error.code];
  const doc: ProblemDocument = {
    type: `urn:openprovince:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
    code: error.code,
    status: def.status,
    title: def.vi,
    titleEn: def.en,
    requestId,
    ...error.options.extra,
  };
  if (error.options.detail) doc.detail = error.options.detail;
  if (error.options.detailEn) doc.detailEn = error.options.detailEn;
  if (instance) doc.instance = instance;
  if (error.options.errors?.length) doc.errors = error.options.errors;
  return doc;
}
