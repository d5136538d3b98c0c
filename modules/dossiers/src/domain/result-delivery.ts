import { RESULT_COMPONENT_KEY, type ResultDelivery } from '../contracts/index.ts';
import type { AttachmentRow, DossierEventRow, DossierRow } from '../repositories/dossier.repository.ts';

/** Fully online (toàn trình) as recorded at receipt; older dossiers: Decree 43/2011 level 4. */
export function isFullyOnline(d: Pick<DossierRow, 'procedure'>): boolean {
  return d.procedure.fullyOnline ?? d.procedure.serviceLevel === 4;
}

/**
 * How the result will reach the applicant before it is returned: online for a fully online service filed
 * online (the applicant has an account to download it); at the counter otherwise.
 */
export function expectedResultDelivery(d: Pick<DossierRow, 'procedure' | 'channel'>): ResultDelivery {
  return isFullyOnline(d) && d.channel === 'online' ? 'online' : 'paper';
}

/**
 * How the result went to the applicant: as the return recorded it; for dossiers returned before that was
 * recorded, a result file means online.
 */
export function resultDeliveryOf(
  d: Pick<DossierRow, 'state'>,
  events: readonly Pick<DossierEventRow, 'action' | 'data'>[],
  attachments: readonly Pick<AttachmentRow, 'componentKey'>[],
): ResultDelivery | null {
  if (d.state !== 'returned') return null;
  const recorded = [...events].reverse().find((e) => e.action === 'return')?.data?.resultDelivery;
  if (recorded === 'online' || recorded === 'paper') return recorded;
  return attachments.some((a) => a.componentKey === RESULT_COMPONENT_KEY) ? 'online' : 'paper';
}
