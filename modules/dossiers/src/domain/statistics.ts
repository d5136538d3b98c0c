import type { Channel } from '../contracts/states.ts';

/**
 * Statistics of dossiers as Circular 01/2018/TT-VPCP counts them (domain.md §5.1). Every comparison is by
 * local date (Asia/Ho_Chi_Minh), never by time of day:
 * - carried over: accepted before the period and not finished (nor withdrawn) before it started;
 * - received: accepted within the period, by channel (direct, online, postal);
 * - finished: processed (or stopped: "trả lại", counted with on time) within the period —
 *   early if date(finished) < date(due), on time if equal or there is no due date, late if after;
 * - in progress at the end of the period: within deadline if date(due) ≥ end date (or no due date),
 *   overdue otherwise; a dossier waiting for the applicant's supplement at the end of the period is within
 *   deadline whatever its due date (Decree 61/2018: the wait does not count; the due date moves on by it
 *   when the supplement arrives);
 * - on-time rate = (early + on time) / finished; online rate = online / received.
 * "As of" a date: what was known at the end of that day; later events are ignored.
 */
export interface StatDossier {
  channel: Channel;
  /** Acceptance (ngày tiếp nhận), local date YYYY-MM-DD. */
  receivedDate: string;
  /** Promised due date (with supplement pauses, not the apology's new date), local date, or null. */
  dueDate: string | null;
  /** Processed or stopped, local date, or null. */
  finishedDate: string | null;
  finishedAs: 'processed' | 'stopped' | null;
  withdrawnDate: string | null;
  rating: number | null;
  ratedDate: string | null;
  /**
   * Waits for a supplement (request → hand-in), local dates; `to` null while still waiting. Absent: none.
   * The due date above already includes the waits that ended.
   */
  supplementWaits?: readonly { from: string; to: string | null }[];
}

/**
 * The supplement waits of a dossier from its events in order: each request opens one, the next hand-in
 * closes it. Instants, so that the caller converts them to local dates once.
 */
export function supplementWaitsOf(
  events: readonly { action: string; at: Date }[],
): { from: Date; to: Date | null }[] {
  const waits: { from: Date; to: Date | null }[] = [];
  for (const e of events) {
    if (e.action === 'request_supplement') waits.push({ from: e.at, to: null });
    else if (e.action === 'resubmit' && waits.length && waits.at(-1)!.to === null) waits.at(-1)!.to = e.at;
  }
  return waits;
}

/**
 * Waiting for the applicant at the end of `endDate` (which is never after "as of"): a request made by then
 * whose hand-in came on a later day, or has not come.
 */
export function waitingAt(d: StatDossier, endDate: string): boolean {
  return (d.supplementWaits ?? []).some((w) => w.from <= endDate && (w.to === null || w.to > endDate));
}

export type FinishClass = 'early' | 'on_time' | 'late';

export function classifyFinished(input: {
  finishedDate: string;
  dueDate: string | null;
  finishedAs: 'processed' | 'stopped';
}): FinishClass {
  if (input.finishedAs === 'stopped' || input.dueDate === null) return 'on_time';
  if (input.finishedDate < input.dueDate) return 'early';
  if (input.finishedDate === input.dueDate) return 'on_time';
  return 'late';
}

/** In progress at `endDate`: within deadline or overdue. */
export function classifyInProgress(input: { dueDate: string | null; endDate: string }): 'within' | 'overdue' {
  if (input.dueDate === null) return 'within';
  return input.dueDate >= input.endDate ? 'within' : 'overdue';
}

export interface StatFigures {
  carriedOver: number;
  received: { total: number; direct: number; online: number; postal: number };
  totalToHandle: number;
  finished: { total: number; early: number; onTime: number; late: number };
  inProgress: { total: number; withinDeadline: number; overdue: number };
  withdrawn: number;
  /** Percentages with two decimals, null when the denominator is zero. */
  onlineRate: number | null;
  onTimeRate: number | null;
  satisfaction: { count: number; average: number | null };
}

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

const rate = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;

/** Where one dossier falls in a period: null when it is not part of it (after its end, or closed before it). */
export interface PeriodPlace {
  /** Accepted within the period (otherwise carried over from before it). */
  received: boolean;
  outcome: 'early' | 'on_time' | 'late' | 'withdrawn' | 'within' | 'overdue';
  /** In progress and waiting for the applicant's supplement at the end of the period (counted within deadline). */
  waitingForSupplement: boolean;
  /** Rated by the end of the period. */
  rated: boolean;
}

/** The figures a dossier contributes to, for the period [from, to] as known at the end of `asOf`. */
export function placeInPeriod(
  d: StatDossier,
  period: { from: string; to: string; asOf: string },
): PeriodPlace | null {
  // ISO dates compare in date order as strings: take the earlier of the two.
  const end = [period.to, period.asOf].sort()[0]!;
  const known = (date: string | null) => (date !== null && date <= period.asOf ? date : null);
  if (d.receivedDate > end) return null;
  const finished = known(d.finishedDate);
  const withdrawn = known(d.withdrawnDate);
  const received = d.receivedDate >= period.from;
  // Closed before the period began: not part of it.
  if (!received && ((finished && finished < period.from) || (withdrawn && withdrawn < period.from))) {
    return null;
  }
  let outcome: PeriodPlace['outcome'];
  let waitingForSupplement = false;
  if (finished && finished <= end && d.finishedAs) {
    outcome = classifyFinished({ finishedDate: finished, dueDate: d.dueDate, finishedAs: d.finishedAs });
  } else if (withdrawn && withdrawn <= end) {
    outcome = 'withdrawn';
  } else if (waitingAt(d, end)) {
    // The agency's clock stands still while the applicant prepares the supplement: never overdue then.
    outcome = 'within';
    waitingForSupplement = true;
  } else {
    outcome = classifyInProgress({ dueDate: d.dueDate, endDate: end });
  }
  const rated = known(d.ratedDate);
  return { received, outcome, waitingForSupplement, rated: d.rating !== null && !!rated && rated <= end };
}

/** Adds one dossier to `figures` for the period [from, to] as known at the end of `asOf` (all YYYY-MM-DD). */
export function countDossier(
  figures: StatFigures,
  d: StatDossier,
  period: { from: string; to: string; asOf: string },
): void {
  const place = placeInPeriod(d, period);
  if (!place) return;
  if (place.received) {
    figures.received.total++;
    figures.received[d.channel]++;
  } else {
    figures.carriedOver++;
  }
  switch (place.outcome) {
    case 'early':
    case 'on_time':
    case 'late':
      figures.finished.total++;
      if (place.outcome === 'early') figures.finished.early++;
      else if (place.outcome === 'on_time') figures.finished.onTime++;
      else figures.finished.late++;
      break;
    case 'withdrawn':
      figures.withdrawn++;
      break;
    default:
      figures.inProgress.total++;
      if (place.outcome === 'within') figures.inProgress.withinDeadline++;
      else figures.inProgress.overdue++;
  }
  if (place.rated && d.rating !== null) {
    const { count, average } = figures.satisfaction;
    figures.satisfaction = { count: count + 1, average: ((average ?? 0) * count + d.rating) / (count + 1) };
  }
}

/** Fills the totals and rates once every dossier has been counted. */
export function finishFigures(figures: StatFigures): StatFigures {
  figures.totalToHandle = figures.carriedOver + figures.received.total;
  figures.onlineRate = rate(figures.received.online, figures.received.total);
  figures.onTimeRate = rate(figures.finished.early + figures.finished.onTime, figures.finished.total);
  if (figures.satisfaction.average !== null) {
    figures.satisfaction.average = Math.round(figures.satisfaction.average * 100) / 100;
  }
  return figures;
}

export function computeFigures(
  dossiers: readonly StatDossier[],
  period: { from: string; to: string; asOf: string },
): StatFigures {
  const figures = emptyFigures();
  for (const d of dossiers) countDossier(figures, d, period);
  return finishFigures(figures);
}

/** Whether a dossier's place in a period belongs to a figure of the statistics (the drill-down's filter). */
export function inFigure(
  place: PeriodPlace,
  figure:
    | 'to-handle'
    | 'received'
    | 'finished'
    | 'early'
    | 'on-time'
    | 'late'
    | 'in-progress'
    | 'within-deadline'
    | 'overdue'
    | 'late-or-overdue',
): boolean {
  const o = place.outcome;
  switch (figure) {
    case 'to-handle':
      return true;
    case 'received':
      return place.received;
    case 'finished':
      return o === 'early' || o === 'on_time' || o === 'late';
    case 'early':
      return o === 'early';
    case 'on-time':
      return o === 'on_time';
    case 'late':
      return o === 'late';
    case 'in-progress':
      return o === 'within' || o === 'overdue';
    case 'within-deadline':
      return o === 'within';
    case 'overdue':
      return o === 'overdue';
    case 'late-or-overdue':
      return o === 'late' || o === 'overdue';
  }
}
