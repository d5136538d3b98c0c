import type { Db } from '@openprovince/db';
import { AppError } from '@openprovince/platform';
import type { Figures, StatisticsSource } from '@openprovince/platform/module';
import { addLocalDays, localInstant, type Now } from '@openprovince/platform/time';
import type { CertificateKind, CertificateMedium } from './contracts/index.ts';
import { certificateCounts } from './repositories/certificate.repository.ts';

/** Stock and flows of certificates (domain figures F068–F074). */
export interface CertificateFigures {
  /** Active on `asOf`, by kind and medium. */
  active: number;
  activeByKind: Record<CertificateKind, number>;
  activeByMedium: Record<CertificateMedium, number>;
  activePersonalByMedium: Record<CertificateMedium, number>;
  /** Issued / revoked within [from, to). */
  issued: number;
  revoked: number;
}

/**
 * Counts certificates between two instants ([from, to), the HTTP route's date-time period) and those active
 * at `asOf`, for the given agencies or the whole province. The statistics source turns its calendar dates
 * into these instants; the route passes its own. Both count here.
 */
export async function countCertificateFigures(
  deps: { db: Db },
  input: { from: Date; to: Date; asOf: Date; agencyIds?: readonly string[] },
): Promise<CertificateFigures> {
  const counts = await certificateCounts(deps.db, input);
  const figures: CertificateFigures = {
    active: 0,
    activeByKind: { personal: 0, organisation: 0 },
    activeByMedium: { usb_token: 0, sim_pki: 0 },
    activePersonalByMedium: { usb_token: 0, sim_pki: 0 },
    issued: Number(counts.issued),
    revoked: Number(counts.revoked),
  };
  for (const g of counts.active) {
    const n = Number(g.n);
    figures.active += n;
    figures.activeByKind[g.kind] += n;
    figures.activeByMedium[g.medium] += n;
    if (g.kind === 'personal') figures.activePersonalByMedium[g.medium] += n;
  }
  return figures;
}

/**
 * The certificates' figures for the dashboard and the annual report: issued and revoked within the period's
 * days (province calendar, inclusive), active at the end of `asOf` (default: the end of the period, or now
 * if that is later than now). "Active" reads the certificate's status today: a certificate revoked after
 * `asOf` is no longer counted as active on it (the register keeps no history of statuses).
 */
export function pkiStatistics(deps: { db: Db; now: Now }): StatisticsSource {
  return {
    indicators: {
      'pki.active': {
        label: { vi: 'Chứng thư số đang hoạt động (theo loại)', en: 'Active certificates (by kind)' },
        unit: 'chứng thư',
      },
      'pki.activePersonal': {
        label: {
          vi: 'Chứng thư số cá nhân đang hoạt động (theo thiết bị)',
          en: 'Active personal certificates (by medium)',
        },
        unit: 'chứng thư',
      },
      'pki.activeOrganisation': {
        label: {
          vi: 'Chứng thư số tổ chức đang hoạt động (theo thiết bị)',
          en: 'Active organisation certificates (by medium)',
        },
        unit: 'chứng thư',
      },
      'pki.issued': { label: { vi: 'Chứng thư số đã cấp', en: 'Certificates issued' }, unit: 'chứng thư' },
      'pki.revoked': {
        label: { vi: 'Chứng thư số đã thu hồi', en: 'Certificates revoked' },
        unit: 'chứng thư',
      },
    },
    async compute(query): Promise<Figures> {
      const { from, to, asOf } = query.period;
      if (to < from) {
        throw AppError.forField({
          path: '/period/to',
          message: 'Ngày cuối của kỳ thống kê trước ngày đầu',
          messageEn: 'The period ends before it starts',
        });
      }
      const end = localInstant(addLocalDays(to, 1));
      const now = deps.now();
      const f = await countCertificateFigures(deps, {
        from: localInstant(from),
        to: end,
        asOf: asOf ? localInstant(addLocalDays(asOf, 1)) : new Date(Math.min(end.getTime(), now.getTime())),
        ...(query.agencyIds ? { agencyIds: query.agencyIds } : {}),
      });
      return {
        'pki.active': { value: f.active, parts: f.activeByKind },
        'pki.activePersonal': { value: f.activeByKind.personal, parts: f.activePersonalByMedium },
        'pki.activeOrganisation': {
          value: f.activeByKind.organisation,
          parts: {
            usb_token: f.activeByMedium.usb_token - f.activePersonalByMedium.usb_token,
            sim_pki: f.activeByMedium.sim_pki - f.activePersonalByMedium.sim_pki,
          },
        },
        'pki.issued': f.issued,
        'pki.revoked': f.revoked,
      };
    },
  };
}
