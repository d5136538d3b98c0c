import type { TFunction } from 'i18next';
import type {
  Boundaries,
  DocumentStats,
  StatFigures,
  WorkbookBody,
  WorkbookCell,
  WorkbookSheet,
} from '../api/statistics.api.ts';
import { documentFigures } from '../components/documents-stats.tsx';
import { serviceLevelKey } from '../components/levels-breakdown.tsx';
import type { AdminLevel, Period } from './aggregate.ts';
import type { CommuneFigures } from './communes.ts';

/** What the dashboard shows, as the workbook needs it. */
export interface DashboardTables {
  agencies: readonly { agencyId: string; figures: StatFigures }[];
  agencyName: (id: string) => string;
  serviceBreakdown: readonly { level: number | null; figures: StatFigures }[];
  adminBreakdown: readonly { level: AdminLevel; agencies: number; figures: StatFigures }[];
  boundaries: Boundaries | undefined;
  communes: ReadonlyMap<string, CommuneFigures> | undefined;
  documents: DocumentStats | undefined;
  year: number;
  period: Period;
}

/**
 * Every table of the dashboard as it is shown, one sheet each, numbers kept as numbers, in the reader's
 * language; the server writes the file (POST /api/dossier-stats/workbook).
 */
export function dashboardWorkbook(t: TFunction, lang: string, tables: DashboardTables): WorkbookBody {
  const figureHeader = [
    t('dashboard.received'),
    t('dashboard.channels.online'),
    t('dashboard.early'),
    t('dashboard.onTime'),
    t('dashboard.late'),
    t('dashboard.withinDeadline'),
    t('dashboard.overdue'),
    t('dashboard.onlineRate'),
    t('dashboard.onTimeRate'),
  ];
  const figureCells = (f: StatFigures): WorkbookCell[] => [
    f.received.total,
    f.received.online,
    f.finished.early,
    f.finished.onTime,
    f.finished.late,
    f.inProgress.withinDeadline,
    f.inProgress.overdue,
    f.onlineRate,
    f.onTimeRate,
  ];
  const sheets: WorkbookSheet[] = [
    {
      name: t('dashboard.byAgency'),
      rows: [
        [t('dashboard.agency'), ...figureHeader],
        ...tables.agencies.map(({ agencyId, figures }) => [
          tables.agencyName(agencyId),
          ...figureCells(figures),
        ]),
      ],
    },
    {
      name: t('dashboard.levels.byServiceShort'),
      rows: [
        [t('dashboard.levels.level'), ...figureHeader],
        ...tables.serviceBreakdown.map(({ level, figures }) => [
          t(serviceLevelKey(level)),
          ...figureCells(figures),
        ]),
      ],
    },
    {
      name: t('dashboard.levels.byAdminShort'),
      rows: [
        [t('dashboard.levels.level'), t('dashboard.agency'), ...figureHeader],
        ...tables.adminBreakdown.map(({ level, agencies: n, figures }) => [
          t(`agencyLevel.${level}`),
          n,
          ...figureCells(figures),
        ]),
      ],
    },
    {
      name: t('dashboard.map.sheet'),
      rows: [
        [t('dashboard.map.commune'), t('dashboard.map.former'), ...figureHeader],
        ...(tables.boundaries?.features ?? [])
          .map((f) => ({ f, c: tables.communes?.get(String(f.properties.code ?? f.id)) }))
          .filter((x): x is { f: (typeof x)['f']; c: CommuneFigures } => x.c !== undefined)
          .map(({ f, c }) => [
            String(
              (lang === 'en' ? f.properties.fullNameEn : undefined) ??
                f.properties.fullName ??
                f.properties.name ??
                f.id,
            ),
            c.applicantCommunes.map((g) => (lang === 'en' ? g.nameEn : g.name)).join(', '),
            ...figureCells(c.figures),
          ]),
      ],
    },
  ];
  const documents = tables.documents;
  if (documents) {
    const d = documentFigures(documents);
    sheets.push({
      name: t('dashboard.tabs.documents'),
      rows: [
        [t('dashboard.docs.figure'), t('dashboard.docs.value')],
        [t('dashboard.docs.issued'), d.issued],
        [t('dashboard.docs.signedPersonal'), documents.signedPersonal],
        [t('dashboard.docs.signedOrganisation'), documents.signedOrganisation],
        [t('dashboard.docs.signedShare'), d.signedShare],
        [t('dashboard.docs.incoming'), d.incoming],
        [t('dashboard.docs.directivesOnTime'), documents.directivesFinishedOnTime],
        [t('dashboard.docs.directivesLate'), documents.directivesFinishedLate],
        [t('dashboard.docs.directivesOpenWithin'), d.directivesOpenWithin],
        [t('dashboard.docs.directivesOpenOverdue'), documents.directivesOpenOverdue],
      ],
    });
  }
  const suffix = tables.period === 'year' ? `${tables.year}` : `${tables.year}-${tables.period}`;
  return { fileName: `thong-ke-ho-so-${suffix}.xlsx`, sheets };
}
