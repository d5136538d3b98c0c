import { localDateOf } from '@openprovince/platform/time';
import type { ProcedureStep } from './workflow.ts';

/** Step owner: the step's agency, or the receiving agency. */
export function stepAgencyOf(step: ProcedureStep | undefined, homeAgencyId: string): string {
  return step?.agencyId ?? homeAgencyId;
}

/** How a step ended against its deadline; the historic import replays hand-overs with the same rule. */
export function stepResult(at: Date, dueAt: Date | null): 'early' | 'on_time' | 'late' | null {
  if (!dueAt) return null;
  if (at > dueAt) return 'late';
  // Same local day as the deadline counts as on time, earlier days as early (Circular 01/2018 compares dates).
  return localDateOf(at) === localDateOf(dueAt) ? 'on_time' : 'early';
}
