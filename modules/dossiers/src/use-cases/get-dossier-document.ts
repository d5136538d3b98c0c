import { identityApi } from '@openprovince/identity';
import { AppError, type RequestContext } from '@openprovince/platform';
import { renderDossierDocument } from '../adapters/pdf/render.ts';
import type { DocumentKind } from '../contracts/index.ts';
import type { DossierDeps } from '../deps.ts';
import { listEvents } from '../repositories/dossier.repository.ts';
import { loadVisibleDossier } from './load-dossier.ts';

/** Which document exists in which situation: a slip is issued only once its event happened. */
function available(
  kind: DocumentKind,
  d: { receivedAt: Date | null; apologyAt: Date | null; paymentRequest: unknown },
  actions: Set<string>,
) {
  switch (kind) {
    case 'receipt':
      return d.receivedAt !== null;
    case 'supplement':
      return actions.has('request_supplement');
    case 'refusal':
      return actions.has('refuse');
    case 'apology':
      return d.apologyAt !== null;
    case 'control':
      return true;
    case 'payment':
      return d.paymentRequest !== null && d.paymentRequest !== undefined;
  }
}

export async function getDossierDocument(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string; kind: DocumentKind },
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const d = await loadVisibleDossier(deps.db, ctx, input.id);
  const events = await listEvents(deps.db, d.id);
  if (!available(input.kind, d, new Set(events.map((e) => e.action)))) {
    throw new AppError('NOT_FOUND', {
      detail: 'Hồ sơ chưa có văn bản này',
      detailEn: 'This document does not exist for the dossier yet',
    });
  }
  const agency = await identityApi.getAgency(deps.db, { id: d.agencyId });
  const parent = agency.parentId
    ? await identityApi.getAgency(deps.db, { id: agency.parentId }).catch(() => null)
    : null;
  const bytes = await renderDossierDocument({
    kind: input.kind,
    dossier: d,
    events,
    agencyName: agency.name,
    parentAgencyName: parent?.name ?? null,
    lookupUrl: `${deps.publicBaseUrl}/tra-cuu-ho-so?code=${encodeURIComponent(d.code)}`,
    now: deps.now(),
  });
  return { fileName: `${d.code}-${input.kind}.pdf`, bytes };
}
