import type { ServiceLevel, TimeLimit } from '../api/procedures.api.ts';

/** The i18n key and count of a time limit ("10 ngày làm việc"); Vietnamese has one plural form. */
export function timeLimitKey(limit: TimeLimit): {
  key:
    | 'procedure.timeLimit.working_days'
    | 'procedure.timeLimit.calendar_days'
    | 'procedure.timeLimit.working_hours';
  count: number;
} {
  return { key: `procedure.timeLimit.${limit.unit}`, count: limit.amount };
}

/** Levels 3–4 (Decree 43/2011) and "full"/"partial" (Decree 42/2022) accept dossiers online. */
export function acceptsOnline(level: ServiceLevel | null | undefined): boolean {
  return level === '3' || level === '4' || level === 'full' || level === 'partial';
}

/** The fee total to show; null when the procedure has no fee line at all. */
export function feeTotal(fees: readonly { amountVnd: number }[]): number | null {
  if (fees.length === 0) return null;
  return fees.reduce((sum, f) => sum + f.amountVnd, 0);
}
