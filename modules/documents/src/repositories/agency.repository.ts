import type { Db } from '@openprovince/db';
import { getAgency, getAgencyByCode, type TAgency } from '@openprovince/identity';
import { AppError, type RequestContext } from '@openprovince/platform';

/** The directory entry of an agency (identity's door). */
export async function agencyOf(db: Db, ctx: RequestContext, id: string): Promise<TAgency> {
  return getAgency(db, ctx, { id });
}

export async function agencyByCode(db: Db, ctx: RequestContext, code: string): Promise<TAgency | undefined> {
  try {
    return await getAgencyByCode(db, ctx, { code });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}
