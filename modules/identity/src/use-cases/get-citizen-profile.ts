import type { Db } from '@openprovince/db';
import { AppError, type RequestContext } from '@openprovince/platform';
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
 * The signed-in citizen's own details; nobody else's. Personal data: callers return it to that citizen
 * only and never log it.
 */
export async function getCitizenProfile(db: Db, ctx: RequestContext): Promise<CitizenProfile> {
  const actor = ctx.actor;
  if (actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const row = await findCitizenById(db, actor.citizenId);
  if (!row) throw new AppError('UNAUTHENTICATED');
  return { fullName: row.fullName, personalId: row.personalId, phone: row.phone, email: row.email };
}
