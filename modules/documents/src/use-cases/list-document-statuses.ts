import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { DocumentDeps } from '../deps.ts';
import { STATUS_CODES, type StatusCode } from '../domain/workflow.ts';
import { canReadDocuments } from '../policies.ts';
import { listStatusMessages } from '../repositories/exchange.repository.ts';
import { findOutgoing } from '../repositories/outgoing.repository.ts';

/** What the issuer sees: every status each recipient sent back (01 arrived … 06 finished, 15/16). */
export async function listDocumentStatuses(deps: DocumentDeps, ctx: RequestContext, input: { id: string }) {
  const row = await findOutgoing(deps.db, input.id);
  authorize(ctx.actor, canReadDocuments, { agencyId: row?.agencyId ?? '' });
  if (!row) throw new AppError('NOT_FOUND');
  const messages = await listStatusMessages(deps.db, row.id);
  return messages.map((m) => ({
    statusCode: m.statusCode,
    label: STATUS_CODES[m.statusCode as StatusCode]?.vi ?? m.statusCode,
    labelEn: STATUS_CODES[m.statusCode as StatusCode]?.en ?? m.statusCode,
    fromAgencyId: m.fromAgencyId,
    fromCode: m.fromCode,
    toAgencyId: m.toAgencyId,
    description: m.description,
    staffName: m.staffName,
    occurredAt: m.occurredAt.toISOString(),
  }));
}
