import { authorize, type RequestContext } from '@openprovince/platform';
import type { TCertificateStats } from '../contracts/index.ts';
import type { PkiDeps } from '../deps.ts';
import { canReadStats, seesAllAgencies } from '../policies.ts';
import { certificateCounts } from '../repositories/certificate.repository.ts';

/**
 * Stock and flows for reports (domain figures F068–F074: revoked and issued in the year, active by kind
 * and by medium). Agency-scoped unless the caller oversees the province.
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
  const counts = await certificateCounts(deps.db, {
    ...(agencyId ? { agencyId } : {}),
    from: input.from,
    to: input.to,
    asOf,
  });
  const stats: TCertificateStats = {
    asOf: asOf.toISOString(),
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    active: 0,
    activeByKind: { personal: 0, organisation: 0 },
    activeByMedium: { usb_token: 0, sim_pki: 0 },
    activePersonalByMedium: { usb_token: 0, sim_pki: 0 },
    issued: Number(counts.issued),
    revoked: Number(counts.revoked),
  };
  for (const g of counts.active) {
    const n = Number(g.n);
    stats.active += n;
    stats.activeByKind[g.kind] += n;
    stats.activeByMedium[g.medium] += n;
    if (g.kind === 'personal') stats.activePersonalByMedium[g.medium] += n;
  }
  return stats;
}
