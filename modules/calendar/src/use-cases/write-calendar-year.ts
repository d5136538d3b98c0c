import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import type { RequestContext } from '@openprovince/platform';
import { actorIdentity, sameDays } from '../domain/calendar-year.ts';
import type { CalendarYearSnapshot } from '../domain/model.ts';
import {
  bumpCalendarYearVersion,
  type CalendarYearRow,
  insertCalendarYear,
  lockCalendarYear,
  readYearDays,
  replaceYearDays,
  updateCalendarYear,
} from '../repositories/calendar-year.repository.ts';

/**
 * Writes a whole year's days inside the caller's transaction: creates the year (version 1, draft) or, when
 * the days differ, replaces them (one version more, back to draft). Returns what happened.
 */
export async function writeYearDays(
  tx: Db,
  input: { year: number; source: string; basis: string | null; days: CalendarYearSnapshot; now: Date },
): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; row: CalendarYearRow }> {
  const existing = await lockCalendarYear(tx, input.year);
  if (!existing) {
    await insertCalendarYear(tx, {
      year: input.year,
      status: 'draft',
      version: 1,
      source: input.source,
      basis: input.basis,
      createdAt: input.now,
      updatedAt: input.now,
    });
    await replaceYearDays(tx, input.year, input.days);
    return { outcome: 'created', row: (await lockCalendarYear(tx, input.year))! };
  }
  if (sameDays(await readYearDays(tx, input.year), input.days))
    return { outcome: 'unchanged', row: existing };
  await replaceYearDays(tx, input.year, input.days);
  await bumpCalendarYearVersion(tx, input.year, input.now);
  await updateCalendarYear(tx, input.year, { source: input.source, basis: input.basis });
  return { outcome: 'updated', row: (await lockCalendarYear(tx, input.year))! };
}

/**
 * Confirms the year's current version inside the caller's transaction: its days become the snapshot that
 * deadlines are computed from. No-op when that version is already confirmed.
 */
export async function confirmYearInTransaction(
  tx: Db,
  ctx: RequestContext,
  row: CalendarYearRow,
  now: Date,
): Promise<{ changed: boolean }> {
  if (row.status === 'confirmed' && row.confirmedVersion === row.version) return { changed: false };
  const days = await readYearDays(tx, row.year);
  const who = actorIdentity(ctx.actor);
  await updateCalendarYear(tx, row.year, {
    status: 'confirmed',
    confirmedVersion: row.version,
    confirmedSnapshot: days,
    confirmedById: who.id,
    confirmedByName: who.name,
    confirmedAt: now,
    updatedAt: now,
  });
  await recordAudit(tx, ctx, {
    action: 'calendar.year.confirm',
    objectType: 'calendar_year',
    objectId: String(row.year),
    summary: {
      year: row.year,
      version: row.version,
      previousConfirmedVersion: row.confirmedVersion,
      daysOff: days.daysOff.length,
      extraWorkingDays: days.extraWorkingDays.length,
    },
  });
  return { changed: true };
}
