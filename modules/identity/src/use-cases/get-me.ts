import { AppError, type RequestContext } from '@openprovince/platform';
import type { TMe } from '../contracts/index.ts';
import type { IdentityDeps } from '../deps.ts';
import { findAgencyById } from '../repositories/agency.repository.ts';
import { findOfficialById } from '../repositories/official.repository.ts';

export async function getMe(
  deps: IdentityDeps,
  ctx: RequestContext,
  input: { expiresAt: Date },
): Promise<TMe> {
  const actor = ctx.actor;
  if (actor.kind === 'citizen') {
    return {
      kind: 'citizen',
      id: actor.citizenId,
      fullName: actor.fullName,
      roles: [],
      permissions: [],
      sessionExpiresAt: input.expiresAt.toISOString(),
    };
  }
  if (actor.kind !== 'official') throw new AppError('UNAUTHENTICATED');
  const [official, agency] = await Promise.all([
    findOfficialById(deps.db, actor.userId),
    findAgencyById(deps.db, actor.agencyId),
  ]);
  if (!official || !agency) throw new AppError('UNAUTHENTICATED');
  return {
    kind: 'official',
    id: official.id,
    username: official.username,
    fullName: official.fullName,
    agency: {
      id: agency.agency.id,
      name: agency.agency.name,
      abbreviation: agency.agency.abbreviation,
      code: agency.agency.code,
    },
    ...(official.position ? { position: official.position } : {}),
    roles: [...actor.roles],
    permissions: [...actor.permissions].sort(),
    sessionExpiresAt: input.expiresAt.toISOString(),
  };
}
