import type { Db } from '@openprovince/db';
import { authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import { NATIONAL_PORTAL_TARGET } from '../adapters/national-portal/adapter.ts';
import {
  INTEGRATIONS_PERMISSIONS,
  type TNationalPortalPayload,
  type TOutboundMessage,
} from '../contracts/index.ts';
import { listOutboundMessageRows } from '../repositories/outbound.repository.ts';

/** What was reported to the national portal (by the local adapter), newest first. */
export async function listNationalPortalMessages(
  db: Db,
  ctx: RequestContext,
  input: { dossierCode?: string; limit?: number; offset?: number },
): Promise<{ items: TOutboundMessage[]; total: number }> {
  authorize(ctx.actor, (actor) => hasPermission(actor, INTEGRATIONS_PERMISSIONS.read), undefined);
  const { rows, total } = await listOutboundMessageRows(db, {
    target: NATIONAL_PORTAL_TARGET,
    dossierCode: input.dossierCode,
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      target: r.target,
      dossierCode: r.dossierCode,
      sequence: r.sequence,
      nationalStatus: r.nationalStatus,
      payload: r.payload as unknown as TNationalPortalPayload,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
