import type { Db } from '@openprovince/db';
import { AppError } from '@openprovince/platform';
import { findCitizenById } from '../repositories/citizen.repository.ts';

/** What the account knows of a citizen, to fill in their own application forms. */
export interface CitizenProfile {
  fullName: string;
  /** 12-digit personal identification number. */
  personalId: string;
  phone: string | null;
  email: string | null;
}

/**
 * A citizen's own details, for that citizen's forms (`identityApi.getCitizenProfile`). Actor-free: the
 * caller's use case has established that the signed-in citizen is `citizenId` (dossiers' draft does), and
 * returns the data to that citizen only, never logging it. UNAUTHENTICATED when the account is gone.
 */
export async function getCitizenProfile(db: Db, input: { citizenId: string }): Promise<CitizenProfile> {
  const row = await findCitizenById(db, input.citizenId);
  if (!row) throw new AppError('UNAUTHENTICATED');
  return { fullName: row.fullName, personalId: row.personalId, phone: row.phone, email: row.email };
}
