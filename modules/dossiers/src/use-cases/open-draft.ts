import { recordAudit } from '@openprovince/audit';
import { identityApi } from '@openprovince/identity';
import { AppError, authorize, newId, type RequestContext } from '@openprovince/platform';
import type { TOpenedDraft } from '../contracts/drafts.ts';
import type { DossierDeps } from '../deps.ts';
import { presentDraft } from '../domain/present-draft.ts';
import { canKeepDrafts } from '../policies.ts';
import { findDraftOf, insertDraftIfAbsent, listDraftFiles } from '../repositories/draft.repository.ts';

/**
 * Opens the signed-in citizen's draft of a procedure, starting it if there is none (one per citizen and
 * procedure, so a second tab or another device continues the same one). The answer carries what the account
 * knows of the citizen, for the wizard to fill in a new draft.
 */
export async function openDraft(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { procedureId: string },
): Promise<TOpenedDraft> {
  authorize(ctx.actor, canKeepDrafts, undefined);
  if (ctx.actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const citizenId = ctx.actor.citizenId;
  const procedure = await deps.catalogue.getProcedureForDossier(input.procedureId);
  if (!procedure) {
    throw new AppError('NOT_FOUND', {
      detail: 'Thủ tục hành chính không tồn tại hoặc chưa được công bố',
      detailEn: 'No such published procedure',
    });
  }
  const profile = await identityApi.getCitizenProfile(deps.db, { citizenId });
  const account = {
    fullName: profile.fullName,
    personalId: profile.personalId,
    phone: profile.phone,
    email: profile.email,
  };
  const existing = await findDraftOf(deps.db, { citizenId, procedureId: procedure.id });
  if (existing) {
    const files = await listDraftFiles(deps.db, existing.id);
    return { ...presentDraft(existing, files), created: false, account };
  }
  const now = deps.now();
  const created = await deps.db.transaction(async (tx) => {
    const row = await insertDraftIfAbsent(tx, {
      id: newId(),
      citizenId,
      procedureId: procedure.id,
      procedureCode: procedure.nationalCode,
      procedureName: procedure.name,
      idempotencyKey: `draft-${newId()}`,
      values: {},
      applicant: {},
      step: null,
      createdAt: now,
      updatedAt: now,
    });
    if (row) {
      await recordAudit(tx, ctx, {
        action: 'dossier.draft.create',
        objectType: 'dossier_draft',
        objectId: row.id,
        summary: { procedureId: procedure.id, procedureCode: procedure.nationalCode },
      });
    }
    return row;
  });
  if (created) return { ...presentDraft(created, []), created: true, account };
  // Another tab started it a moment ago: continue that one.
  const raced = await findDraftOf(deps.db, { citizenId, procedureId: procedure.id });
  if (!raced) throw new AppError('CONFLICT');
  return { ...presentDraft(raced, await listDraftFiles(deps.db, raced.id)), created: false, account };
}
