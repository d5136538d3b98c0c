import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TOfficial } from '../contracts/index.ts';
import { presentOfficial } from '../domain/present-identity.ts';
import { canReadOfficial } from '../policies.ts';
import { findAgencyById } from '../repositories/agency.repository.ts';
import { findOfficialById, rolesOf } from '../repositories/official.repository.ts';

export async function getOfficial(db: Db, ctx: RequestContext, input: { id: string }): Promise<TOfficial> {
  const official = await findOfficialById(db, input.id);
  if (!official) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, canReadOfficial, official);
  const [roles, agency] = await Promise.all([
    rolesOf(db, official.id),
    findAgencyById(db, official.agencyId),
  ]);
  return presentOfficial(official, roles, agency?.agency.name ?? '');
}
