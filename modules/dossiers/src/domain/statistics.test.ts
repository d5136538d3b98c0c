import { describe, expect, it } from 'vitest';
import {
  classifyFinished,
  classifyInProgress,
  computeFigures,
  inFigure,
  placeInPeriod,
  type StatDossier,
  supplementWaitsOf,
} from './statistics.ts';

const d = (over: Partial<StatDossier>): StatDossier => ({
  channel: 'direct',
  receivedDate: '2021-03-01',
  dueDate: '2021-03-04',
  finishedDate: null,
  finishedAs: null,
  withdrawnDate: null,
  rating: null,
  ratedDate: null,
  ...over,
});

describe('Circular 01/2018 classification', () => {
  it('compares dates, not times: before is early, the same day on time, after late', () => {
    expect(
      classifyFinished({ finishedDate: '2021-03-03', dueDate: '2021-03-04', finishedAs: 'processed' }),
    ).toBe('early');
    expect(
      classifyFinished({ finishedDate: '2021-03-04', dueDate: '2021-03-04', finishedAs: 'processed' }),
    ).toBe('on_time');
    expect(
      classifyFinished({ finishedDate: '2021-03-05', dueDate: '2021-03-04', finishedAs: 'processed' }),
    ).toBe('late');
    expect(classifyFinished({ finishedDate: '2021-03-09', dueDate: null, finishedAs: 'processed' })).toBe(
      'on_time',
    );
    expect(
      classifyFinished({ finishedDate: '2021-03-09', dueDate: '2021-03-04', finishedAs: 'stopped' }),
    ).toBe('on_time');
  });

  it('in progress at the end of the period: within if due on or after the end date, else overdue', () => {
    expect(classifyInProgress({ dueDate: '2021-03-31', endDate: '2021-03-31' })).toBe('within');
    expect(classifyInProgress({ dueDate: '2021-03-30', endDate: '2021-03-31' })).toBe('overdue');
    expect(classifyInProgress({ dueDate: null, endDate: '2021-03-31' })).toBe('within');
  });

  it('counts carried over, received by channel, finished, in progress and the rates', () => {
    const period = { from: '2021-03-01', to: '2021-03-31', asOf: '2021-12-31' };
    const f = computeFigures(
      [
        d({
          receivedDate: '2021-02-20',
          dueDate: '2021-03-02',
          finishedDate: '2021-03-03',
          finishedAs: 'processed',
        }), // carried, late
        d({ receivedDate: '2021-02-10', finishedDate: '2021-02-20', finishedAs: 'processed' }), // closed before: ignored
        d({
          channel: 'online',
          finishedDate: '2021-03-02',
          finishedAs: 'processed',
          rating: 5,
          ratedDate: '2021-03-02',
        }),
        d({
          channel: 'online',
          finishedDate: '2021-03-04',
          finishedAs: 'processed',
          rating: 4,
          ratedDate: '2021-03-05',
        }),
        d({ channel: 'postal', dueDate: '2021-03-20' }), // in progress, overdue at 31/03
        d({ dueDate: '2021-04-10' }), // in progress, within
        d({ receivedDate: '2021-04-02' }), // after the period
        d({ withdrawnDate: '2021-03-02' }),
      ],
      period,
    );
    expect(f).toMatchObject({
      carriedOver: 1,
      received: { total: 5, direct: 2, online: 2, postal: 1 },
      totalToHandle: 6,
      finished: { total: 3, early: 1, onTime: 1, late: 1 },
      inProgress: { total: 2, withinDeadline: 1, overdue: 1 },
      withdrawn: 1,
      onlineRate: 40,
      onTimeRate: 66.67,
      satisfaction: { count: 2, average: 4.5 },
    });
  });

  it('"as of" a date ignores what happened later', () => {
    const one = [d({ finishedDate: '2021-03-10', finishedAs: 'processed' })];
    const period = { from: '2021-03-01', to: '2021-03-31' };
    expect(computeFigures(one, { ...period, asOf: '2021-03-31' }).finished.total).toBe(1);
    const early = computeFigures(one, { ...period, asOf: '2021-03-05' });
    expect(early.finished.total).toBe(0);
    expect(early.inProgress).toMatchObject({ total: 1, overdue: 1 });
  });
});

describe('drill-down: the dossiers behind a figure', () => {
  const period = { from: '2021-03-01', to: '2021-03-31', asOf: '2021-12-31' };
  it('places each dossier as the figures count it, and picks the late or overdue ones', () => {
    const sample = [
      d({ finishedDate: '2021-03-03', finishedAs: 'processed' }),
      d({ finishedDate: '2021-03-08', finishedAs: 'processed' }),
      d({ dueDate: '2021-03-20' }),
      d({ dueDate: '2021-04-20' }),
      d({ receivedDate: '2021-02-10', dueDate: '2021-02-20' }),
      d({ receivedDate: '2021-02-10', finishedDate: '2021-02-15', finishedAs: 'processed' }),
      d({ receivedDate: '2021-04-02' }),
    ];
    const places = sample.map((x) => placeInPeriod(x, period));
    expect(places.map((p) => p?.outcome ?? null)).toEqual([
      'early',
      'late',
      'overdue',
      'within',
      'overdue',
      null,
      null,
    ]);
    const figures = computeFigures(sample, period);
    const count = (f: Parameters<typeof inFigure>[1]) =>
      places.filter((p) => p !== null && inFigure(p, f)).length;
    expect(count('late-or-overdue')).toBe(figures.finished.late + figures.inProgress.overdue);
    expect(count('received')).toBe(figures.received.total);
    expect(count('to-handle')).toBe(figures.totalToHandle);
    expect(count('within-deadline')).toBe(figures.inProgress.withinDeadline);
    expect(count('late-or-overdue')).toBe(3);
  });
});

describe('a dossier waiting for a supplement (Decree 61/2018: the wait does not count)', () => {
  const period = { from: '2021-03-01', to: '2021-03-31', asOf: '2021-03-31' };
  const waiting = d({ dueDate: '2021-03-10', supplementWaits: [{ from: '2021-03-08', to: null }] });

  it('is within deadline, never overdue, at the end of a period it is waiting in — even "as of" a later date', () => {
    expect(placeInPeriod(waiting, period)).toMatchObject({ outcome: 'within', waitingForSupplement: true });
    // A period ending after today (asOf in the future) used to count it overdue.
    const future = { from: '2099-01-01', to: '2099-12-31', asOf: '2099-12-31' };
    const carried = d({
      receivedDate: '2098-12-01',
      dueDate: '2098-12-10',
      supplementWaits: [{ from: '2098-12-05', to: null }],
    });
    expect(placeInPeriod(carried, future)).toMatchObject({ outcome: 'within', waitingForSupplement: true });
    expect(computeFigures([carried], future).inProgress).toEqual({ total: 1, withinDeadline: 1, overdue: 0 });
  });

  it('counts again from the hand-in: overdue if the (moved) due date has passed at the end of the period', () => {
    const handedIn = d({
      dueDate: '2021-03-15',
      supplementWaits: [{ from: '2021-03-08', to: '2021-03-12' }],
    });
    expect(placeInPeriod(handedIn, period)).toMatchObject({
      outcome: 'overdue',
      waitingForSupplement: false,
    });
    // Before the hand-in (a period ending on the 10th), it was waiting.
    expect(
      placeInPeriod(handedIn, { from: '2021-03-01', to: '2021-03-10', asOf: '2021-03-10' }),
    ).toMatchObject({
      outcome: 'within',
      waitingForSupplement: true,
    });
    // A hand-in known only after "as of" is not known: still waiting then.
    expect(placeInPeriod(handedIn, { ...period, to: '2021-03-11', asOf: '2021-03-11' })).toMatchObject({
      waitingForSupplement: true,
    });
    // Requested and handed in the same day: not waiting at its end.
    const sameDay = d({ dueDate: '2021-03-05', supplementWaits: [{ from: '2021-03-31', to: '2021-03-31' }] });
    expect(placeInPeriod(sameDay, period)).toMatchObject({ outcome: 'overdue' });
  });

  it('a finished or withdrawn dossier is classified by its result, not its past waits', () => {
    const done = d({
      dueDate: '2021-03-20',
      finishedDate: '2021-03-22',
      finishedAs: 'processed',
      supplementWaits: [{ from: '2021-03-08', to: '2021-03-12' }],
    });
    expect(placeInPeriod(done, period)?.outcome).toBe('late');
  });

  it('pairs requests with the next hand-in; an open request is a wait without end', () => {
    const at = (day: string) => new Date(`${day}T09:00:00+07:00`);
    expect(
      supplementWaitsOf([
        { action: 'request_supplement', at: at('2021-03-01') },
        { action: 'resubmit', at: at('2021-03-03') },
        { action: 'request_supplement', at: at('2021-03-05') },
      ]),
    ).toEqual([
      { from: at('2021-03-01'), to: at('2021-03-03') },
      { from: at('2021-03-05'), to: null },
    ]);
    expect(supplementWaitsOf([{ action: 'resubmit', at: at('2021-03-03') }])).toEqual([]);
  });
});
