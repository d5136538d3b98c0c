import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TRegister } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { canManageRegisters } from '../policies.ts';
import { ensureRegister, findRegisterBySeries } from '../repositories/register.repository.ts';
import { registerName, seriesFor } from './shared/numbering.ts';

/** Opens the register of a series for a year (numbering starts at 01). Opening it twice is refused. */
export async function createRegister(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: {
    agencyId: string;
    year: number;
    direction: 'outgoing' | 'incoming';
    secrecy?: 'normal' | 'secret';
    legalType?: '' | 'NQ' | 'QĐ';
    name?: string;
  },
): Promise<TRegister> {
  authorize(ctx.actor, canManageRegisters, { agencyId: input.agencyId });
  const series = seriesFor({
    agencyId: input.agencyId,
    year: input.year,
    direction: input.direction,
    secrecy: input.secrecy ?? 'normal',
    legalType: input.legalType ?? '',
  });
  return deps.db.transaction(async (tx) => {
    if (await findRegisterBySeries(tx, series)) {
      throw new AppError('CONFLICT', {
        detail: 'Sổ của loại này trong năm đã được mở',
        detailEn: 'The register of this series and year already exists',
      });
    }
    const row = await ensureRegister(tx, {
      ...series,
      name: input.name?.normalize('NFC') || registerName(series),
    });
    await recordAudit(tx, ctx, {
      action: 'documents.register.create',
      objectType: 'document_register',
      objectId: row.id,
      agencyId: input.agencyId,
      summary: { ...series },
    });
    return row;
  });
}
