import { foldVietnamese } from '@openprovince/platform';
import { describe, expect, it } from 'vitest';
import { periodAt } from '../domain/service-levels.ts';
import { buildDemoCatalogue, REPORT_2021 } from './demo-catalogue.ts';
import { DEMO_FIELDS } from './demo-fields.ts';

const TEST_AGENCY_KEYS = [
  'ubnd-tinh',
  ...new Set(DEMO_FIELDS.map((f) => f.agencyKey)),
  ...Array.from({ length: 9 }, (_, i) => `ubnd-huyen-${842 + i}`),
  ...Array.from({ length: 106 }, (_, i) => `ubnd-xa-${29200 + i}`),
];

describe('demo catalogue (pure)', () => {
  const catalogue = buildDemoCatalogue(TEST_AGENCY_KEYS);
  const levelOn = (date: string) => {
    const counts: Record<string, number> = {};
    for (const p of catalogue) {
      const level = periodAt(p.serviceLevels, date)?.level ?? 'none';
      counts[level] = (counts[level] ?? 0) + 1;
    }
    return counts;
  };

  it('reproduces the report: 1,858 services, 38+192 / 571 / 1,057 on 31/12/2021, 1,415 published', () => {
    expect(catalogue).toHaveLength(REPORT_2021.total);
    expect(levelOn('2021-12-31')).toEqual({ '1': 38, '2': 192, '3': 571, '4': 1057 });
    expect(catalogue.filter((p) => p.publishedNationally)).toHaveLength(1415);
  });

  it('maps the levels to Decree 42 modes from 24/06/2022: level 4 → full, levels 1–3 → partial', () => {
    expect(levelOn('2022-06-24')).toEqual({ full: 1057, partial: 801 });
  });

  it('uses unique national codes in the 1.00xxxx / 2.00xxxx format', () => {
    expect(new Set(catalogue.map((p) => p.nationalCode)).size).toBe(catalogue.length);
    expect(catalogue.every((p) => /^[12]\.00\d{4}$/.test(p.nationalCode))).toBe(true);
  });

  it('covers every field and no agency has the same procedure twice', () => {
    expect(new Set(catalogue.map((p) => p.fieldCode))).toEqual(new Set(DEMO_FIELDS.map((f) => f.code)));
    const pairs = catalogue.map((p) => `${p.agencyKey}|${foldVietnamese(p.name)}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('is the same on every run (the demo must not change between starts)', () => {
    expect(buildDemoCatalogue(TEST_AGENCY_KEYS)).toEqual(catalogue);
  });
});
