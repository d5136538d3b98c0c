import { isDatabaseUnavailable, isRefusedValue } from '@openprovince/db';
import { AppError } from '@openprovince/platform';

/** What a client is told to wait before trying again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * Names the database's failures for the HTTP layer: an unreachable database is a 503 with Retry-After (the
 * pool reconnects by itself when it is back), a value PostgreSQL refuses is the caller's 400. Anything else
 * stays an internal error.
 */
export function classifyDatabaseError(error: unknown): AppError | undefined {
  if (isDatabaseUnavailable(error)) {
    return new AppError('SERVICE_UNAVAILABLE', {
      detail: 'Cơ sở dữ liệu tạm thời không kết nối được, vui lòng thử lại sau ít giây.',
      detailEn: 'The database cannot be reached at the moment; try again in a few seconds.',
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      cause: error,
    });
  }
  if (isRefusedValue(error)) {
    return new AppError('VALIDATION_FAILED', {
      detail: 'Một giá trị gửi lên vượt giới hạn cho phép (quá lớn, quá dài hoặc sai định dạng).',
      detailEn: 'A value sent is outside what is allowed (too large, too long or malformed).',
      cause: error,
    });
  }
  return undefined;
}
