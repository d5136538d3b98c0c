import type { Db } from '@openprovince/db';
import { identityApi } from '@openprovince/identity';
import type { TAgency } from '@openprovince/identity/contracts';
import { AppError } from '@openprovince/platform';

/** The directory entry of an agency (identity's door). */
export async function agencyOf(db: Db, id: string): Promise<TAgency> {
  return identityApi.getAgency(db, { id });
}

export async function agencyByCode(db: Db, code: string): Promise<TAgency | undefined> {
  try {
    return await identityApi.getAgencyByCode(db, { code });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}
