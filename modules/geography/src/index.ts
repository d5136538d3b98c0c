/**
 * @openprovince/geography: administrative units through time. The door holds the manifest and the
 * timeline dossiers reads applicants' communes from; schemas are in `/contracts`, the reference data in
 * `/data` (issue 10 §3).
 */
export { buildGeographyDataset, VALIDITY } from './domain/dataset.ts';
export type { UnitVersion } from './domain/model.ts';
export {
  createTimeline,
  type GeographyTimeline,
  successorsOf,
  unitAt,
  unitsAsOf,
} from './domain/timeline.ts';
export { geographyModule } from './module.ts';
export { loadGeographyTimeline } from './use-cases/load-geography-timeline.ts';
export { seedGeography } from './use-cases/seed-geography.ts';
