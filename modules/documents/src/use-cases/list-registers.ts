import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TRegister } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { canReadDocuments } from '../policies.ts';
import {
  findRegister,
  listEntries,
  listRegisters as listRows,
  type RegisterEntryRow,
} from '../repositories/register.repository.ts';

export async function listRegisters(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { agencyId: string; year?: number },
): Promise<TRegister[]> {
  authorize(ctx.actor, canReadDocuments, { agencyId: input.agencyId });
  return listRows(deps.db, input);
}

/** Every number of a register, used or void, in order. */
export async function listRegisterEntries(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { registerId: string },
): Promise<RegisterEntryRow[]> {
  const register = await findRegister(deps.db, input.registerId);
  authorize(ctx.actor, canReadDocuments, { agencyId: register?.agencyId ?? '' });
  if (!register) throw new AppError('NOT_FOUND');
  return listEntries(deps.db, register.id);
}
