import type { Db } from '@openprovince/db';
import { AppError } from '@openprovince/platform';
import { subtreeIds } from '../repositories/agency.repository.ts';

/** An official's division must be a unit inside their own agency. */
export async function assertDivisionOf(
  db: Db,
  input: { divisionId: string; agencyId: string },
): Promise<void> {
  const inside = await subtreeIds(db, input.agencyId);
  if (input.divisionId === input.agencyId || !inside.includes(input.divisionId)) {
    throw AppError.forField({
      path: '/body/divisionId',
      message: 'Phòng/ban không thuộc cơ quan này',
      messageEn: 'The division is not a unit of this agency',
    });
  }
}
