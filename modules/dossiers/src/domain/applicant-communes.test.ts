import { buildGeographyDataset, createTimeline } from '@openprovince/geography';
import { describe, expect, it } from 'vitest';
import { STATISTICS_DEFINITIONS } from '../use-cases/dossier-statistics.ts';
import {
  applicantCommuneUnit,
  isCommuneInForce,
  MAP_DATE,
  mapCommuneResolver,
} from './applicant-communes.ts';

const timeline = createTimeline(buildGeographyDataset());

describe("applicants' communes on the map", () => {
  it('reads a code as it was on the day of filing (codes are reused)', () => {
    expect(applicantCommuneUnit(timeline, { code: '29242', date: '2021-09-01' })?.fullName).toBe('Phường 3');
    expect(applicantCommuneUnit(timeline, { code: '29242', date: '2026-01-05' })?.fullName).toBe(
      'Phường Trà Vinh',
    );
    // Before the reference list begins (01/07/2021): its first version.
    expect(applicantCommuneUnit(timeline, { code: '29239', date: '2021-02-01' })?.fullName).toBe('Phường 1');
    // A district is not a commune.
    expect(applicantCommuneUnit(timeline, { code: '842', date: '2021-09-01' })).toBeUndefined();
  });

  it('accepts at filing only a commune in force that day', () => {
    expect(isCommuneInForce(timeline, { code: '29239', date: '2025-06-30' })).toBe(true);
    expect(isCommuneInForce(timeline, { code: '29239', date: '2025-07-01' })).toBe(false);
    expect(isCommuneInForce(timeline, { code: '29263', date: '2026-01-05' })).toBe(true);
    expect(isCommuneInForce(timeline, { code: '99999', date: '2026-01-05' })).toBe(false);
  });

  it('sums former communes into the commune of the map, following chains of merges', () => {
    const resolve = mapCommuneResolver(timeline, MAP_DATE);
    const on = (code: string | null, date: string) => resolve({ code, date })?.commune.fullName ?? null;
    expect(on('29239', '2021-09-01')).toBe('Phường Trà Vinh');
    // Phường 2 → Phường 3 (01/01/2025) → Phường Trà Vinh (01/07/2025).
    expect(on('29245', '2021-09-01')).toBe('Phường Trà Vinh');
    expect(on('29263', '2021-09-01')).toBe('Phường Long Đức');
    expect(on('29263', '2026-01-05')).toBe('Phường Long Đức');
    expect(on(null, '2021-09-01')).toBeNull();
    expect(on('842', '2021-09-01')).toBeNull();
    expect(resolve({ code: '29245', date: '2021-09-01' })?.given.fullName).toBe('Phường 2');
  });
});

describe('the definitions under the statistics table', () => {
  it('name the legal basis in plain Vietnamese, with no reference to internal documents', () => {
    expect(STATISTICS_DEFINITIONS).toContain('Thông tư số 01/2018/TT-VPCP');
    expect(STATISTICS_DEFINITIONS).not.toMatch(/\.md\b|§|domain|issue/i);
  });
});
