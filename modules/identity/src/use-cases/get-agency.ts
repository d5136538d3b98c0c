import type { Db } from '@openprovince/db';
import { AppError } from '@openprovince/platform';
import type { TAgency } from '../contracts/index.ts';
import { presentAgency } from '../domain/present-identity.ts';
import { findAgencyByCode, findAgencyById } from '../repositories/agency.repository.ts';

export async function getAgency(db: Db, input: { id: string }): Promise<TAgency> {
  const row = await findAgencyById(db, input.id);
  if (!row) throw new AppError('NOT_FOUND');
  return presentAgency(row.agency, row.childCount);
}

export async function getAgencyByCode(db: Db, input: { code: string }): Promise<TAgency> {
  const row = await findAgencyByCode(db, input.code);
  if (!row)
    throw new AppError('NOT_FOUND', {
      detail: `Không có cơ quan mã ${input.code}`,
      detailEn: `No agency ${input.code}`,
    });
  return presentAgency(row, 0);
}
