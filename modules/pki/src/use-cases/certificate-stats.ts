import { authorize, type RequestContext } from '@openprovince/platform';
import type { TCertificateStats } from '../contracts/index.ts';
import type { PkiDeps } from '../deps.ts';
import { canReadStats, seesAllAgencies } from '../policies.ts';
import { countCertificateFigures } from '../statistics.ts';

/**
 * Stock and flows for reports (domain figures F068–F074: revoked and issued in the year, active by kind
 * and by medium). Agency-scoped unless the caller oversees the province. The route's period is two
 * instants (date-time), kept as its contract; the counting is the statistics source's (statistics.ts).
 */
export async function certificateStats(
  deps: PkiDeps,
  ctx: RequestContext,
  input: { from: Date; to: Date; agencyId?: string; asOf?: Date },
): Promise<TCertificateStats> {
  const agencyId = seesAllAgencies(ctx.actor)
    ? (input.agencyId ?? null)
    : (input.agencyId ?? (ctx.actor.kind === 'official' ? ctx.actor.agencyId : null));
  authorize(ctx.actor, canReadStats, { agencyId });
  const asOf = input.asOf ?? deps.now();
  const figures = await countCertificateFigures(deps, {
    ...(agencyId ? { agencyIds: [agencyId] } : {}),
    from: input.from,
    to: input.to,
    asOf,
  });
  return { asOf: asOf.toISOString(), from: input.from.toISOString(), to: input.to.toISOString(), ...figures };
}
