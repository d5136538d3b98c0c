import type { RequestContext } from '@openprovince/platform';
import type { TDossier } from '../contracts/index.ts';
import type { DossierDeps } from '../deps.ts';
import { loadVisibleDossier, present } from './load-dossier.ts';

export async function getDossier(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<TDossier> {
  const row = await loadVisibleDossier(deps.db, ctx, input.id);
  return present(deps, deps.db, row, ctx);
}
