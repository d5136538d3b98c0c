import { AppError } from '../errors/app-error.ts';

/**
 * Concurrent edits carry the version the editor last saw, in `If-Match` (an ETag such as `"3"` or `W/"3"`).
 * No header → 428; not a version → 400; the use case answers 412 when the stored version has moved on.
 */
export function parseIfMatch(header: string | string[] | undefined): number {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) throw new AppError('VERSION_REQUIRED');
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value.trim());
  if (!match) {
    throw new AppError('MALFORMED_REQUEST', {
      detail: 'If-Match phải là số phiên bản, ví dụ "3"',
      detailEn: 'If-Match must be a version number such as "3"',
    });
  }
  return Number(match[1]);
}

export function etagOf(version: number): string {
  return `"${version}"`;
}
