import { recordAudit } from '@openprovince/audit';
import { type Db, isUniqueViolation } from '@openprovince/db';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TAgency, TCreateAgencyBody } from '../contracts/index.ts';
import { agencySearchText } from '../domain/normalise.ts';
import { presentAgency } from '../domain/present-identity.ts';
import { canManageAgencies } from '../policies.ts';
import { findAgencyById, insertAgency } from '../repositories/agency.repository.ts';

export async function createAgency(db: Db, ctx: RequestContext, input: TCreateAgencyBody): Promise<TAgency> {
  authorize(ctx.actor, canManageAgencies, undefined);
  const name = nfc(input.name);
  const abbreviation = nfc(input.abbreviation);
  try {
    return await db.transaction(async (tx) => {
      if (input.parentId && !(await findAgencyById(tx, input.parentId))) {
        throw AppError.forField({
          path: '/body/parentId',
          message: 'Cơ quan cấp trên không tồn tại',
          messageEn: 'The parent agency does not exist',
        });
      }
      const row = await insertAgency(tx, {
        code: input.code,
        abbreviation,
        name,
        nameEn: input.nameEn ? nfc(input.nameEn) : null,
        kind: input.kind,
        level: input.level,
        sector: input.sector,
        parentId: input.parentId ?? null,
        adminUnitCode: input.adminUnitCode ?? null,
        usesDocumentManagement: input.usesDocumentManagement ?? false,
        onPrivateNetwork: input.onPrivateNetwork ?? false,
        validFrom: input.validFrom,
        validTo: null,
        searchText: agencySearchText({ name, abbreviation, code: input.code, nameEn: input.nameEn ?? null }),
      });
      await recordAudit(tx, ctx, {
        action: 'identity.agency.create',
        objectType: 'agency',
        objectId: row.id,
        agencyId: row.id,
        summary: { code: row.code, name: row.name, parentId: row.parentId },
      });
      return presentAgency(row, 0);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw AppError.forField({
        code: 'CONFLICT',
        path: '/body/code',
        message: `Mã định danh ${input.code} đã được dùng`,
        messageEn: `Identification code ${input.code} is already in use`,
      });
    }
    throw error;
  }
}
