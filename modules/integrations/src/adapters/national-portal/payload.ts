import type { NationalPortalSyncJob } from '@openprovince/jobs';
import {
  NATIONAL_STATUSES,
  type NationalStatus,
  type TNationalPortalPayload,
} from '../../contracts/index.ts';

/** yyyyMMddHHmmss in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), the portal's date format. */
export function portalDateTime(instant: Date): string {
  const local = new Date(instant.getTime() + 7 * 3_600_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    p(local.getUTCFullYear(), 4) +
    p(local.getUTCMonth() + 1) +
    p(local.getUTCDate()) +
    p(local.getUTCHours()) +
    p(local.getUTCMinutes()) +
    p(local.getUTCSeconds())
  );
}

/** The portal message for one status change (pure). */
export function toNationalPortalPayload(job: NationalPortalSyncJob): TNationalPortalPayload {
  const status = NATIONAL_STATUSES[job.nationalStatus as NationalStatus];
  return {
    service: 'DongBoHoSoMC',
    // The first report of a dossier creates it on the portal; later ones update it.
    isUpdating: job.nationalStatus !== 1 && job.nationalStatus !== 2 ? true : job.sequence > 1,
    data: [
      {
        MaHoSo: job.dossierCode,
        MaTTHC: job.procedureCode,
        MaCoQuan: job.agencyCode,
        TrangThaiHoSo: String(job.nationalStatus),
        TenTrangThaiHoSo: status.vi,
        TrangThaiDongBo: status.sync,
        NgayCapNhat: portalDateTime(new Date(job.occurredAt)),
        SoThuTuCapNhat: job.sequence,
      },
    ],
  };
}
