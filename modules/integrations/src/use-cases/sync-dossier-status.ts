import type { NationalPortalSyncJob } from '@openprovince/jobs';
import { AppError } from '@openprovince/platform';
import { NATIONAL_PORTAL_TARGET } from '../adapters/national-portal/adapter.ts';
import { toNationalPortalPayload } from '../adapters/national-portal/payload.ts';
import { isNationalStatus } from '../contracts/index.ts';
import type { IntegrationDeps } from '../deps.ts';
import { advanceCursor } from '../repositories/outbound.repository.ts';

export type SyncOutcome = 'sent' | 'dropped';

function checkJob(payload: Record<string, unknown>): NationalPortalSyncJob {
  const p = payload as Partial<NationalPortalSyncJob>;
  const ok =
    typeof p.dossierCode === 'string' &&
    p.dossierCode.length > 0 &&
    typeof p.procedureCode === 'string' &&
    typeof p.agencyCode === 'string' &&
    isNationalStatus(p.nationalStatus) &&
    typeof p.sequence === 'number' &&
    Number.isSafeInteger(p.sequence) &&
    p.sequence > 0 &&
    typeof p.occurredAt === 'string' &&
    !Number.isNaN(Date.parse(p.occurredAt));
  if (!ok) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Dữ liệu đồng bộ Cổng DVC quốc gia không hợp lệ',
      detailEn: 'Invalid national-portal sync job',
    });
  }
  return p as NationalPortalSyncJob;
}

/**
 * Reports one dossier status change to the national portal. In one transaction: advance the dossier's
 * cursor (an update older than the last one sent is dropped — the portal must never go backwards), then
 * hand the message to the adapter. If the adapter fails, the cursor rolls back and the job retries.
 * A job run again after success finds the cursor already there and drops its duplicate.
 */
export async function syncDossierStatus(
  deps: IntegrationDeps,
  payload: Record<string, unknown>,
): Promise<SyncOutcome> {
  const job = checkJob(payload);
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction(async (tx) => {
    const advanced = await advanceCursor(tx, {
      target: NATIONAL_PORTAL_TARGET,
      dossierCode: job.dossierCode,
      sequence: job.sequence,
      now,
    });
    if (!advanced) return 'dropped';
    await deps.nationalPortal.send(
      {
        dossierCode: job.dossierCode,
        sequence: job.sequence,
        nationalStatus: job.nationalStatus,
        payload: toNationalPortalPayload(job),
      },
      { tx },
    );
    return 'sent';
  });
}
