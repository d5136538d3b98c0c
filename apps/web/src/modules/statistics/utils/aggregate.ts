import type { StatFigures, StatRow } from '../api/statistics.api.ts';

export type Period = 'year' | 'q1' | 'q2' | 'q3' | 'q4';
export const PERIODS: readonly Period[] = ['year', 'q1', 'q2', 'q3', 'q4'];

/** The calendar dates (inclusive) of a year or a quarter, as the statistics endpoint wants them. */
export function periodRange(year: number, period: Period): { from: string; to: string } {
  if (period === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  const q = Number(period.slice(1));
  const first = (q - 1) * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}

const rate = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;

export function emptyFigures(): StatFigures {
  return {
    carriedOver: 0,
    received: { total: 0, direct: 0, online: 0, postal: 0 },
    totalToHandle: 0,
    finished: { total: 0, early: 0, onTime: 0, late: 0 },
    inProgress: { total: 0, withinDeadline: 0, overdue: 0 },
    withdrawn: 0,
    onlineRate: null,
    onTimeRate: null,
    satisfaction: { count: 0, average: null },
  };
}

/** Adds figures; rates are recomputed from the sums with the API's definitions (Circular 01/2018). */
export function addFigures(a: StatFigures, b: StatFigures): StatFigures {
  const count = a.satisfaction.count + b.satisfaction.count;
  const sum =
    (a.satisfaction.average ?? 0) * a.satisfaction.count +
    (b.satisfaction.average ?? 0) * b.satisfaction.count;
  const out: StatFigures = {
    carriedOver: a.carriedOver + b.carriedOver,
    received: {
      total: a.received.total + b.received.total,
      direct: a.received.direct + b.received.direct,
      online: a.received.online + b.received.online,
      postal: a.received.postal + b.received.postal,
    },
    totalToHandle: a.totalToHandle + b.totalToHandle,
    finished: {
      total: a.finished.total + b.finished.total,
      early: a.finished.early + b.finished.early,
      onTime: a.finished.onTime + b.finished.onTime,
      late: a.finished.late + b.finished.late,
    },
    inProgress: {
      total: a.inProgress.total + b.inProgress.total,
      withinDeadline: a.inProgress.withinDeadline + b.inProgress.withinDeadline,
      overdue: a.inProgress.overdue + b.inProgress.overdue,
    },
    withdrawn: a.withdrawn + b.withdrawn,
    onlineRate: null,
    onTimeRate: null,
    satisfaction: { count, average: count ? Math.round((sum / count) * 100) / 100 : null },
  };
  out.onlineRate = rate(out.received.online, out.received.total);
  out.onTimeRate = rate(out.finished.early + out.finished.onTime, out.finished.total);
  return out;
}

/** The per-procedure rows summed per agency, busiest agency first. */
export function byAgency(rows: readonly StatRow[]): { agencyId: string; figures: StatFigures }[] {
  const map = new Map<string, StatFigures>();
  for (const r of rows) map.set(r.agencyId, addFigures(map.get(r.agencyId) ?? emptyFigures(), r.figures));
  return [...map.entries()]
    .map(([agencyId, figures]) => ({ agencyId, figures }))
    .sort(
      (x, y) => y.figures.totalToHandle - x.figures.totalToHandle || x.agencyId.localeCompare(y.agencyId),
    );
}

/** The per-procedure rows summed per service level (4, 3, 2, 1, then unknown). */
export function byServiceLevel(rows: readonly StatRow[]): { level: number | null; figures: StatFigures }[] {
  const map = new Map<number | null, StatFigures>();
  for (const r of rows) {
    map.set(r.serviceLevel, addFigures(map.get(r.serviceLevel) ?? emptyFigures(), r.figures));
  }
  return [...map.entries()]
    .map(([level, figures]) => ({ level, figures }))
    .sort((a, b) => (b.level ?? -1) - (a.level ?? -1));
}

export type AdminLevel = 'province' | 'district' | 'commune';
export const ADMIN_LEVELS: readonly AdminLevel[] = ['province', 'district', 'commune'];

/**
 * Agencies' figures summed per administrative level of the agency (province, district, commune); agencies
 * whose level is not known yet are left out.
 */
export function byAdminLevel(
  agencies: readonly { agencyId: string; figures: StatFigures }[],
  levelOf: Readonly<Record<string, AdminLevel | undefined>>,
): { level: AdminLevel; figures: StatFigures; agencies: number }[] {
  return ADMIN_LEVELS.map((level) => {
    const mine = agencies.filter((a) => levelOf[a.agencyId] === level);
    return {
      level,
      agencies: mine.length,
      figures: mine.reduce((sum, a) => addFigures(sum, a.figures), emptyFigures()),
    };
  }).filter((g) => g.agencies > 0);
}

/** The sum of figures (e.g. of the rows left by a filter); rates recomputed. */
export function sumFigures(list: readonly StatFigures[]): StatFigures {
  return list.reduce((sum, f) => addFigures(sum, f), emptyFigures());
}
