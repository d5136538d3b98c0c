import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TAgency, TUpdateAgencyBody } from '../contracts/index.ts';
import { agencySearchText } from '../domain/normalise.ts';
import { presentAgency } from '../domain/present-identity.ts';
import { canManageAgencies } from '../policies.ts';
import { findAgencyById, subtreeIds, updateAgencyIfVersion } from '../repositories/agency.repository.ts';

/** Renames, moves or closes an agency. `expectedVersion` comes from If-Match: a stale edit gets 412. */
export async function updateAgency(
  db: Db,
  ctx: RequestContext,
  input: { id: string; expectedVersion: number; changes: TUpdateAgencyBody },
): Promise<TAgency> {
  authorize(ctx.actor, canManageAgencies, undefined);
  return db.transaction(async (tx) => {
    const current = await findAgencyById(tx, input.id);
    if (!current) throw new AppError('NOT_FOUND');
    const c = input.changes;
    if (c.parentId) {
      // A unit cannot be moved under itself or one of its own sub-units.
      if ((await subtreeIds(tx, input.id)).includes(c.parentId) || !(await findAgencyById(tx, c.parentId))) {
        throw AppError.forField({
          code: 'BUSINESS_RULE_VIOLATED',
          path: '/body/parentId',
          message: 'Không thể chuyển cơ quan vào chính nó, đơn vị con của nó hoặc cơ quan không tồn tại',
          messageEn: 'An agency cannot be moved under itself, one of its units, or a missing agency',
        });
      }
    }
    if (c.validTo && c.validTo < current.agency.validFrom) {
      throw AppError.forField({
        path: '/body/validTo',
        message: 'Ngày kết thúc hiệu lực trước ngày bắt đầu hiệu lực',
        messageEn: 'The agency would end before it starts',
      });
    }
    const name = c.name !== undefined ? nfc(c.name) : current.agency.name;
    const abbreviation = c.abbreviation !== undefined ? nfc(c.abbreviation) : current.agency.abbreviation;
    const nameEn =
      c.nameEn !== undefined ? (c.nameEn === null ? null : nfc(c.nameEn)) : current.agency.nameEn;
    const updated = await updateAgencyIfVersion(tx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      changes: {
        name,
        abbreviation,
        nameEn,
        ...(c.parentId !== undefined ? { parentId: c.parentId } : {}),
        ...(c.usesDocumentManagement !== undefined
          ? { usesDocumentManagement: c.usesDocumentManagement }
          : {}),
        ...(c.onPrivateNetwork !== undefined ? { onPrivateNetwork: c.onPrivateNetwork } : {}),
        ...(c.validTo !== undefined ? { validTo: c.validTo } : {}),
        searchText: agencySearchText({ name, abbreviation, code: current.agency.code, nameEn }),
      },
    });
    if (!updated) throw new AppError('VERSION_MISMATCH');
    await recordAudit(tx, ctx, {
      action: c.validTo ? 'identity.agency.close' : 'identity.agency.update',
      objectType: 'agency',
      objectId: input.id,
      agencyId: input.id,
      summary: { changes: c, fromVersion: input.expectedVersion },
    });
    return presentAgency(updated, current.childCount);
  });
}
