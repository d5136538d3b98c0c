export {
  GEOGRAPHY_GRANTS,
  GEOGRAPHY_PERMISSIONS,
  type TAdministrativeUnit,
  type TLinkedUnit,
  type TPredecessorsResult,
  type TSuccessorsResult,
  type TUnitChange,
  type TUnitCounts,
  type TUnitList,
} from './contracts/index.ts';
export { buildGeographyDataset, VALIDITY, validateDataset } from './domain/dataset.ts';
export { todayInProvince } from './domain/dates.ts';
export {
  type GeographyDataset,
  isInForce,
  type UnitChange,
  type UnitChangeKind,
  type UnitLevel,
  type UnitVersion,
} from './domain/model.ts';
export {
  countUnits,
  createTimeline,
  type GeographyTimeline,
  type LinkedUnit,
  predecessorsOf,
  type RecordUnitResolution,
  resolveRecordUnit,
  resolveVersion,
  successorsOf,
  type UnitCounts,
  unitAt,
  unitsAsOf,
  unitsForView,
} from './domain/timeline.ts';
export { geographyModule } from './module.ts';
export { geographyRoutes } from './routes/geography.routes.ts';
export { type UnitCountsInput, unitCounts } from './use-cases/count-units.ts';
export { type FindPredecessorsInput, findPredecessors } from './use-cases/find-predecessors.ts';
export { type FindSuccessorsInput, findSuccessors } from './use-cases/find-successors.ts';
export { type Boundaries, getBoundaries } from './use-cases/get-boundaries.ts';
export { type GetUnitInput, getUnit } from './use-cases/get-unit.ts';
export { type ListUnitsInput, listUnits } from './use-cases/list-units.ts';
export { loadGeographyTimeline } from './use-cases/load-geography-timeline.ts';
export { type GeographySeedReport, seedGeography } from './use-cases/seed-geography.ts';
