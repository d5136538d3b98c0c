import type { Db } from '@openprovince/db';
import { findDossierByCode } from '../repositories/dossier.repository.ts';

/**
 * The citizen account that filed the dossier with this code, or null (filed at the counter, or no such
 * dossier). Internal: no actor; the payments module asks it, through the composition root, to know who
 * owes a dossier's fee, and decides itself what the caller may see.
 */
export async function findApplicantAccount(db: Db, input: { code: string }): Promise<string | null> {
  return (await findDossierByCode(db, input.code))?.citizenId ?? null;
}
