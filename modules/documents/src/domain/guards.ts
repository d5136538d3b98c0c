import { AppError } from '@openprovince/platform';

/** If-Match: the version the caller saw must be the stored one (412 otherwise). */
export function assertVersion(row: { version: number }, expected: number): void {
  if (row.version !== expected) {
    throw new AppError('VERSION_MISMATCH', {
      detail: `Văn bản đã ở phiên bản ${row.version}, bạn đang sửa phiên bản ${expected}`,
      detailEn: `The document is at version ${row.version}; you edited version ${expected}`,
    });
  }
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND');
}

export function actorName(actor: import('@openprovince/platform').Actor): string {
  if (actor.kind === 'official' || actor.kind === 'citizen') return actor.fullName;
  if (actor.kind === 'system') return actor.name;
  return 'ẩn danh';
}
