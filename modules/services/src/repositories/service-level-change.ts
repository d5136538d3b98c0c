import type { Db } from '@openprovince/db';
import type { TServiceLevelInput } from '../contracts/index.ts';
import { presentLevel } from '../domain/present-procedure.ts';
import { planServiceLevelChange } from '../domain/service-levels.ts';
import {
  closeServiceLevel,
  deleteServiceLevels,
  insertServiceLevels,
  listServiceLevels,
  type ServiceLevelRow,
} from './procedure.repository.ts';

/** Applies a service-level change from its date onwards (see planServiceLevelChange). */
export async function writeServiceLevelChange(tx: Db, procedureId: string, change: TServiceLevelInput) {
  const history = await listServiceLevels(tx, procedureId);
  const plan = planServiceLevelChange(
    history.map((row) => ({ ...presentLevel(row), row })),
    change,
  );
  await deleteServiceLevels(
    tx,
    plan.remove.map((p) => p.row.id),
  );
  if (plan.close) await closeServiceLevel(tx, plan.close.period.row.id, plan.close.effectiveTo);
  await insertServiceLevels(
    tx,
    plan.insert.map((p) => ({ procedureId, ...p })),
  );
  return { before: history.map(presentLevel), removed: plan.remove.length };
}

/** A retired procedure has no level after its last day: later periods go, the one in force is closed. */
export async function endServiceLevels(
  tx: Db,
  procedureId: string,
  lastDay: string,
): Promise<ServiceLevelRow[]> {
  const history = await listServiceLevels(tx, procedureId);
  const after = history.filter((p) => p.effectiveFrom > lastDay);
  await deleteServiceLevels(
    tx,
    after.map((p) => p.id),
  );
  for (const p of history) {
    if (p.effectiveFrom <= lastDay && (p.effectiveTo === null || p.effectiveTo > lastDay)) {
      await closeServiceLevel(tx, p.id, lastDay);
    }
  }
  return after;
}
