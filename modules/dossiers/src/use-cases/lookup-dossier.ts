import { formatDateTimeVn } from '@openprovince/calendar';
import { AppError, type RequestContext } from '@openprovince/platform';
import type { TLookupResult } from '../contracts/index.ts';
import { type DossierState, STATE_INFO } from '../contracts/states.ts';
import type { DossierDeps } from '../deps.ts';
import { expectedResultDelivery, resultDeliveryOf } from '../domain/result-delivery.ts';
import { findDossierByCode, listAttachments, listEvents } from '../repositories/dossier.repository.ts';

export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[\s.-]/g, '');
  return digits.startsWith('+84')
    ? `0${digits.slice(3)}`
    : digits.startsWith('84') && digits.length === 11
      ? `0${digits.slice(2)}`
      : digits;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join(' ');
}

/**
 * Anyone may follow a dossier without signing in, by its code and the applicant's phone number (the
 * national identity provider may be down, domain research B1). Wrong code and wrong phone give the same
 * 404, and the answer carries no personal data.
 */
export async function lookupDossier(
  deps: DossierDeps,
  _ctx: RequestContext,
  input: { code: string; phone: string },
): Promise<TLookupResult> {
  const row = await findDossierByCode(deps.db, input.code.trim().toUpperCase());
  const phone = normalisePhone(input.phone);
  if (!row?.applicantPhone || normalisePhone(row.applicantPhone) !== phone) {
    throw new AppError('NOT_FOUND', {
      detail: 'Không tìm thấy hồ sơ với mã và số điện thoại đã nhập',
      detailEn: 'No dossier with this code and phone number',
    });
  }
  const state = row.state as DossierState;
  return {
    code: row.code,
    procedureName: row.procedure.name,
    state,
    stateName: STATE_INFO[state].vi,
    stateNameEn: STATE_INFO[state].en,
    submittedAt: row.submittedAt.toISOString(),
    receivedAt: row.receivedAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    dueAtText: row.dueAt ? formatDateTimeVn(row.dueAt) : null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    applicantInitials: initials(row.applicantName),
    resultDelivery:
      row.state === 'returned'
        ? resultDeliveryOf(
            row,
            ...(await Promise.all([listEvents(deps.db, row.id), listAttachments(deps.db, row.id)])),
          )
        : row.state === 'processed'
          ? expectedResultDelivery(row)
          : null,
  };
}
