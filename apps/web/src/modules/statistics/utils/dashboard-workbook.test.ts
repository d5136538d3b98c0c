import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Boundaries, DocumentStats } from '../api/statistics.api.ts';
import { emptyFigures } from './aggregate.ts';
import { dashboardWorkbook } from './dashboard-workbook.ts';

// The keys stand for the labels: the test reads which label went where.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key}:${JSON.stringify(options)}` : key) as unknown as TFunction;

const figures = () => {
  const f = emptyFigures();
  f.received = { total: 12, direct: 9, online: 3, postal: 0 };
  f.finished = { total: 10, early: 6, onTime: 3, late: 1 };
  f.inProgress = { total: 2, withinDeadline: 1, overdue: 1 };
  f.onlineRate = 25;
  f.onTimeRate = 90;
  return f;
};

const boundaries = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: '29239',
      properties: { code: '29239', fullName: 'Phường Trà Vinh', fullNameEn: 'Tra Vinh Ward' },
      geometry: null,
    },
    {
      type: 'Feature',
      id: '29263',
      properties: { code: '29263', fullName: 'Phường Long Đức' },
      geometry: null,
    },
  ],
} as unknown as Boundaries;

describe('the dashboard workbook', () => {
  it('one sheet per table as shown, numbers as numbers, the documents only when loaded', () => {
    const body = dashboardWorkbook(t, 'vi', {
      agencies: [{ agencyId: 'a1', figures: figures() }],
      agencyName: (id) => (id === 'a1' ? 'Sở Thông tin và Truyền thông' : '…'),
      serviceBreakdown: [{ level: 4, figures: figures() }],
      adminBreakdown: [{ level: 'province', agencies: 1, figures: figures() }],
      boundaries,
      communes: new Map([
        [
          '29239',
          {
            figures: figures(),
            applicantCommunes: [
              { code: '29239', name: 'Phường 1', nameEn: 'Ward 1' },
              { code: '29242', name: 'Phường 3', nameEn: 'Ward 3' },
            ],
          },
        ],
      ]),
      documents: undefined,
      year: 2021,
      period: 'year',
    });
    expect(body.fileName).toBe('thong-ke-ho-so-2021.xlsx');
    expect(body.sheets.map((s) => s.name)).toEqual([
      'dashboard.byAgency',
      'dashboard.levels.byServiceShort',
      'dashboard.levels.byAdminShort',
      'dashboard.map.sheet',
    ]);
    const [agencies, , admin, map] = body.sheets;
    expect(agencies!.rows[0]).toEqual([
      'dashboard.agency',
      'dashboard.received',
      'dashboard.channels.online',
      'dashboard.early',
      'dashboard.onTime',
      'dashboard.late',
      'dashboard.withinDeadline',
      'dashboard.overdue',
      'dashboard.onlineRate',
      'dashboard.onTimeRate',
    ]);
    expect(agencies!.rows[1]).toEqual(['Sở Thông tin và Truyền thông', 12, 3, 6, 3, 1, 1, 1, 25, 90]);
    expect(admin!.rows[1]!.slice(0, 3)).toEqual(['agencyLevel.province', 1, 12]);
    // Only the communes with figures, with the former communes their applicants named.
    expect(map!.rows).toHaveLength(2);
    expect(map!.rows[1]!.slice(0, 3)).toEqual(['Phường Trà Vinh', 'Phường 1, Phường 3', 12]);
  });

  it('adds the documents sheet, and names the file by quarter', () => {
    const documents = {
      agencyId: null,
      from: '2021-04-01',
      to: '2021-06-30',
      issued: 10,
      signedPersonal: 9,
      signedOrganisation: 8,
      signedShare: 0.8,
      incomingByChannel: { platform: 5, paper: 2 },
      directivesFinishedOnTime: 4,
      directivesFinishedLate: 1,
      directivesOpenOverdue: 1,
      directivesOpen: 3,
    } as DocumentStats;
    const body = dashboardWorkbook(t, 'en', {
      agencies: [],
      agencyName: () => '…',
      serviceBreakdown: [],
      adminBreakdown: [],
      boundaries,
      communes: new Map([['29239', { figures: figures(), applicantCommunes: [] }]]),
      documents,
      year: 2021,
      period: 'q2',
    });
    expect(body.fileName).toBe('thong-ke-ho-so-2021-q2.xlsx');
    expect(body.sheets.at(3)!.rows[1]![0]).toBe('Tra Vinh Ward');
    const docs = body.sheets.at(4)!;
    expect(docs.name).toBe('dashboard.tabs.documents');
    expect(docs.rows).toContainEqual(['dashboard.docs.incoming', 7]);
    expect(docs.rows).toContainEqual(['dashboard.docs.signedShare', 80]);
    expect(docs.rows).toContainEqual(['dashboard.docs.directivesOpenWithin', 2]);
  });
});
