import type { AppError, FieldError } from './app-error.ts';
import { ERROR_CODES, type ErrorCode } from './error-codes.ts';

/** A field error as the problem document carries it. */
export interface ProblemFieldError {
  /** JSON pointer into the request, with its part: `/body/recipients/0/agencyId`, `/querystring/from`. */
  path: string;
  /** The field inside its part, dotted, as a form names it: `recipients.0.agencyId`, `from`. */
  field: string;
  /** Vietnamese. */
  message: string;
  /** English. */
  messageEn: string;
}

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
  errors?: ProblemFieldError[];
  [extra: string]: unknown;
}

const REQUEST_PARTS = ['body', 'querystring', 'params', 'headers'] as const;

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** `/draftingUnit` → `/body/draftingUnit`; the dotted field name beside the pointer. */
export function toProblemFieldError(error: FieldError): ProblemFieldError {
  const pointer = error.path.startsWith('/') ? error.path : `/${error.path}`;
  const segments = pointer.split('/').slice(1);
  const inPart = (REQUEST_PARTS as readonly string[]).includes(segments[0] ?? '');
  const inside = (inPart ? segments.slice(1) : segments).filter((s) => s !== '');
  const part = inPart ? segments[0] : 'body';
  return {
    path: `/${part}${inside.map((s) => `/${s}`).join('')}`,
    field: inside.map(unescapePointer).join('.'),
    message: error.message,
    messageEn: error.messageEn,
  };
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
  if (error.options.errors?.length) doc.errors = error.options.errors.map(toProblemFieldError);
  return doc;
}
