import { and, type Db, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from '@openprovince/db';
import { dossiers } from '../db/schema.ts';

/**
 * The dossiers that can count in a statistics period, with where their applicant lives (the commune code
 * as given and the day it was given): the same rows as `listForStatistics`, for the commune map and its
 * drill-down.
 */
export async function listForCommuneStatistics(
  db: Db,
  input: {
    agencyIds?: readonly string[];
    serviceLevel?: number;
    startInstant: Date;
    endInstant: Date;
  },
) {
  return db
    .select({
      id: dossiers.id,
      agencyId: dossiers.agencyId,
      procedureId: dossiers.procedureId,
      procedureName: sql<string>`${dossiers.procedure}->>'name'`,
      serviceLevel: dossiers.serviceLevel,
      channel: dossiers.channel,
      state: dossiers.state,
      receivedAt: dossiers.receivedAt,
      dueAt: dossiers.dueAt,
      finishedAt: dossiers.finishedAt,
      withdrawnAt: dossiers.withdrawnAt,
      rating: dossiers.rating,
      ratedAt: dossiers.ratedAt,
      submittedAt: dossiers.submittedAt,
      applicantCommuneCode: dossiers.applicantCommuneCode,
    })
    .from(dossiers)
    .where(
      and(
        isNotNull(dossiers.receivedAt),
        lte(dossiers.receivedAt, input.endInstant),
        or(isNull(dossiers.finishedAt), gte(dossiers.finishedAt, input.startInstant)),
        or(isNull(dossiers.withdrawnAt), gte(dossiers.withdrawnAt, input.startInstant)),
        input.agencyIds ? inArray(dossiers.agencyId, [...input.agencyIds]) : undefined,
        input.serviceLevel !== undefined ? eq(dossiers.serviceLevel, input.serviceLevel) : undefined,
      ),
    );
}
