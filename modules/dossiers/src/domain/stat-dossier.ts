import { localDateOf } from '@openprovince/calendar';
import type { Channel } from '../contracts/states.ts';
import type { listForStatistics } from '../repositories/dossier.repository.ts';
import { type StatDossier, supplementWaitsOf } from './statistics.ts';

type StatRow = Awaited<ReturnType<typeof listForStatistics>>[number];

/** A dossier as the Circular 01/2018 statistics see it: local dates, and its waits for a supplement. */
export function toStatDossier(r: StatRow): StatDossier {
  const date = (d: Date | null) => (d ? localDateOf(d) : null);
  const events = (r.supplementEvents ?? []).map(([action, at]) => ({ action, at: new Date(at) }));
  return {
    channel: r.channel as Channel,
    receivedDate: localDateOf(r.receivedAt!),
    dueDate: date(r.dueAt),
    finishedDate: date(r.finishedAt),
    finishedAs: r.finishedAt ? (r.state === 'stopped' ? 'stopped' : 'processed') : null,
    withdrawnDate: date(r.withdrawnAt),
    rating: r.rating,
    ratedDate: date(r.ratedAt),
    supplementWaits: supplementWaitsOf(events).map((w) => ({
      from: localDateOf(w.from),
      to: w.to ? localDateOf(w.to) : null,
    })),
  };
}
