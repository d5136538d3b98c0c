import { recordAudit } from '@openprovince/audit';
import { authorize, type OfficialActor, type RequestContext } from '@openprovince/platform';
import type { TCreateNoteBody, TNote } from '../contracts/index.ts';
import type { StarterKitDeps } from '../deps.ts';
import { presentNote } from '../domain/present-note.ts';
import { canWriteNote } from '../policies.ts';
import { insertNote } from '../repositories/note.repository.ts';

/** A note in the official's agency. The row and its audit entry are written in one transaction. */
export async function createNote(
  deps: StarterKitDeps,
  ctx: RequestContext,
  input: TCreateNoteBody,
): Promise<TNote> {
  authorize(ctx.actor, canWriteNote, undefined);
  // canWriteNote admits officials only.
  const actor = ctx.actor as OfficialActor;
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await insertNote(tx, {
      agencyId: actor.agencyId,
      text: input.text.normalize('NFC').trim(),
      createdBy: actor.username,
      createdAt: deps.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'starter-kit.note.create',
      objectType: 'note',
      objectId: inserted.id,
      agencyId: inserted.agencyId,
      summary: { length: inserted.text.length },
    });
    return inserted;
  });
  return presentNote(row);
}
