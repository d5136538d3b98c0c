import type { Db } from '@openprovince/db';
import { AppError } from '@openprovince/platform';
import type { Figures, StatisticsQuery, StatisticsSource } from '@openprovince/platform/module';
import { addLocalDays, localInstant, type Now } from '@openprovince/platform/time';
import { type DocumentStatsRow, documentStats } from './repositories/stats.repository.ts';

/** The counts of one period plus the signed share the report quotes ("78,54% văn bản được ký số"). */
export interface DocumentFigures extends DocumentStatsRow {
  /** Issued documents carrying both signatures (personal and organisation), as a share of those issued. */
  signedShare: number;
}

/**
 * Documents issued, signed personally and by the organisation, incoming by channel, directives finished on
 * time or late and still open (past due at the current instant: a directive's status keeps no history, so
 * `asOf` does not apply to it), within the period's days (province calendar, inclusive), for the given
 * agencies or the whole province. The HTTP route and the statistics source both count here.
 */
export async function countDocumentFigures(
  deps: { db: Db; now: Now },
  query: StatisticsQuery,
): Promise<DocumentFigures> {
  const { from, to } = query.period;
  if (to < from) {
    throw AppError.forField({
      path: '/period/to',
      message: 'Ngày cuối của khoảng thời gian phải sau ngày đầu',
      messageEn: 'The end of the period must not be before its start',
    });
  }
  const s = await documentStats(deps.db, {
    ...(query.agencyIds ? { agencyIds: query.agencyIds } : {}),
    from: localInstant(from),
    // The day after the last one, at local midnight: the last day is counted whole.
    to: localInstant(addLocalDays(to, 1)),
    now: deps.now(),
  });
  const bothSigned = Math.min(s.signedPersonal, s.signedOrganisation);
  return {
    ...s,
    signedShare: s.issued === 0 ? 0 : Math.round((bothSigned / s.issued) * 10_000) / 10_000,
  };
}

const DOCS = 'văn bản';

/** The documents' figures for the dashboard and the annual report. */
export function documentsStatistics(deps: { db: Db; now: Now }): StatisticsSource {
  return {
    indicators: {
      'documents.issued': {
        label: {
          vi: 'Văn bản đi đã ban hành (theo chữ ký số)',
          en: 'Outgoing documents issued (by signature)',
        },
        unit: DOCS,
      },
      'documents.signedShare': {
        label: {
          vi: 'Tỷ lệ văn bản đi được ký số cá nhân và tổ chức',
          en: 'Share of outgoing documents signed personally and by the organisation',
        },
        unit: '%',
      },
      'documents.incoming': {
        label: { vi: 'Văn bản đến (theo kênh)', en: 'Incoming documents (by channel)' },
        unit: DOCS,
      },
      'documents.directivesFinished': {
        label: { vi: 'Nhiệm vụ đã hoàn thành', en: 'Directives finished' },
        unit: 'nhiệm vụ',
      },
      'documents.directivesOpen': {
        label: { vi: 'Nhiệm vụ đang thực hiện', en: 'Directives open' },
        unit: 'nhiệm vụ',
      },
    },
    async compute(query): Promise<Figures> {
      const f = await countDocumentFigures(deps, query);
      const incoming = Object.values(f.incomingByChannel).reduce((a, b) => a + b, 0);
      return {
        'documents.issued': {
          value: f.issued,
          parts: { signedPersonal: f.signedPersonal, signedOrganisation: f.signedOrganisation },
        },
        // A percentage with two decimals, as the other rates (0.7854 → 78.54).
        'documents.signedShare': Math.round(f.signedShare * 10_000) / 100,
        'documents.incoming': { value: incoming, parts: f.incomingByChannel },
        'documents.directivesFinished': {
          value: f.directivesFinishedOnTime + f.directivesFinishedLate,
          parts: { onTime: f.directivesFinishedOnTime, late: f.directivesFinishedLate },
        },
        'documents.directivesOpen': {
          value: f.directivesOpen,
          parts: {
            withinDeadline: f.directivesOpen - f.directivesOpenOverdue,
            overdue: f.directivesOpenOverdue,
          },
        },
      };
    },
  };
}
