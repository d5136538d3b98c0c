import type { Channel } from '../contracts/states.ts';
import type { ProcedureSnapshot, TimeLimit } from './ports.ts';

/**
 * The time limit that applies to a dossier: the shorter online limit when the procedure promises one and
 * the dossier was filed online, the procedure's limit otherwise. The due date is computed from it at
 * acceptance; the receipt slip prints the same one.
 */
export function applicableTimeLimit(input: {
  channel: Channel | string;
  procedure: Pick<ProcedureSnapshot, 'timeLimit' | 'onlineTimeLimit'>;
}): { limit: TimeLimit; online: boolean } {
  const online = input.channel === 'online' && input.procedure.onlineTimeLimit != null;
  return { limit: online ? input.procedure.onlineTimeLimit! : input.procedure.timeLimit, online };
}

/**
 * The limit a received dossier's due date was computed with (kept in its deadline basis), so that the slip
 * and the due date agree even if the rule changes later; before receipt, the limit that would apply.
 */
export function promisedTimeLimit(d: {
  channel: string;
  procedure: Pick<ProcedureSnapshot, 'timeLimit' | 'onlineTimeLimit'>;
  deadlineBasis: Record<string, unknown> | null;
}): { limit: TimeLimit; online: boolean } {
  const kept = d.deadlineBasis?.timeLimit as TimeLimit | undefined;
  const rule = applicableTimeLimit(d);
  if (kept && typeof kept.amount === 'number' && typeof kept.unit === 'string') {
    const online = d.procedure.onlineTimeLimit != null && sameLimit(kept, d.procedure.onlineTimeLimit);
    return { limit: kept, online: online && !sameLimit(kept, d.procedure.timeLimit) };
  }
  return rule;
}

function sameLimit(a: TimeLimit, b: TimeLimit): boolean {
  return a.amount === b.amount && a.unit === b.unit;
}
