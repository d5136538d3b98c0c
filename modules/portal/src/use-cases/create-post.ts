import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { identityApi } from '@openprovince/identity';
import { AppError, authorize, isAppError, type RequestContext } from '@openprovince/platform';
import type { TCreatePostBody, TPost } from '../contracts/index.ts';
import { postWorkflow } from '../contracts/workflow.ts';
import { presentPost } from '../domain/present-post.ts';
import { checkPostTexts, cleanText, searchTextOf } from '../domain/text.ts';
import { canWriteFor } from '../policies.ts';
import { insertPost } from '../repositories/post.repository.ts';

/** A new post, as a draft, in the name of the editor's agency (or any agency for the editorial board). */
export async function createPost(db: Db, ctx: RequestContext, input: TCreatePostBody): Promise<TPost> {
  const actor = ctx.actor;
  const agencyId = input.agencyId ?? (actor.kind === 'official' ? actor.agencyId : undefined);
  if (!agencyId) {
    throw AppError.forField({
      path: '/body/agencyId',
      message: 'Cần chọn cơ quan tác giả',
      messageEn: 'The author agency is required',
    });
  }
  authorize(actor, canWriteFor, { agencyId });
  const texts = {
    language: input.language,
    title: cleanText(input.title),
    summary: cleanText(input.summary ?? ''),
    body: cleanText(input.body),
  };
  const errors = checkPostTexts(texts);
  let agencyName = '';
  try {
    agencyName = (await identityApi.getAgency(db, { id: agencyId })).name;
  } catch (error) {
    if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
    errors.push({ path: '/body/agencyId', message: 'Cơ quan không tồn tại', messageEn: 'No such agency' });
  }
  if (errors.length) throw AppError.forFields(errors);
  const row = await db.transaction(async (tx) => {
    const inserted = await insertPost(tx, {
      site: input.site,
      ...texts,
      searchText: searchTextOf(texts),
      category: input.category,
      agencyId,
      agencyName,
      // The table says where a new post starts (and that only an editor writes one).
      status: postWorkflow.decide({ state: null, action: 'write', performer: { actor } }).to!,
      createdBy: actor.kind === 'official' ? actor.username : actor.kind,
    });
    await recordAudit(tx, ctx, {
      action: 'portal.post.create',
      objectType: 'post',
      objectId: inserted.id,
      agencyId,
      summary: { language: inserted.language, site: inserted.site, title: inserted.title },
    });
    return inserted;
  });
  return presentPost(row);
}
