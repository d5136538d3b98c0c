import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, newId, nfc, type RequestContext } from '@openprovince/platform';
import type { CertificateKind, CertificateMedium, TCertificateRequest } from '../contracts/index.ts';
import type { PkiDeps } from '../deps.ts';
import { actorName, presentRequest } from '../domain/present-certificate.ts';
import { canManagePki } from '../policies.ts';
import { insertRequest } from '../repositories/certificate.repository.ts';

export interface RequestCertificateInput {
  agencyId?: string;
  kind: CertificateKind;
  medium: CertificateMedium;
  holderName: string;
  holderTitle?: string;
  holderOfficialId?: string;
  email?: string;
  validityMonths?: number;
  note?: string;
}

export const DEFAULT_VALIDITY_MONTHS = 36;

/** Registers a request (Circular 185/2019 form 01 for a person, 03/04 for an organisation). */
export async function requestCertificate(
  deps: PkiDeps,
  ctx: RequestContext,
  input: RequestCertificateInput,
): Promise<TCertificateRequest> {
  const agencyId = input.agencyId ?? (ctx.actor.kind === 'official' ? ctx.actor.agencyId : undefined);
  if (!agencyId) {
    throw AppError.forField({
      path: '/body/agencyId',
      message: 'Cần chỉ rõ cơ quan',
      messageEn: 'An agency is required',
    });
  }
  authorize(ctx.actor, canManagePki, { agencyId });
  if (input.kind === 'organisation' && input.medium === 'sim_pki') {
    throw AppError.forField({
      code: 'BUSINESS_RULE_VIOLATED',
      path: '/body/medium',
      message:
        'Chứng thư số của tổ chức được cấp trên thiết bị USB token do văn thư quản lý, không cấp trên SIM PKI',
      messageEn: 'Organisation certificates are issued on a USB token kept by the clerk, not on a SIM PKI',
    });
  }
  if (input.kind === 'personal' && !input.holderOfficialId) {
    throw AppError.forField({
      path: '/body/holderOfficialId',
      message: 'Chứng thư số cá nhân phải gắn với một cán bộ',
      messageEn: 'A personal certificate must name the official who holds it',
    });
  }
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const row = await insertRequest(tx, {
      id: newId(),
      agencyId,
      kind: input.kind,
      medium: input.medium,
      holderName: nfc(input.holderName).trim(),
      holderTitle: input.holderTitle ? nfc(input.holderTitle).trim() : null,
      holderOfficialId: input.holderOfficialId ?? null,
      email: input.email ?? null,
      validityMonths: input.validityMonths ?? DEFAULT_VALIDITY_MONTHS,
      note: input.note ? nfc(input.note) : null,
      status: 'pending',
      requestedById: ctx.actor.kind === 'official' ? ctx.actor.userId : null,
      requestedByName: actorName(ctx.actor),
      requestedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'pki.request.create',
      objectType: 'certificate_request',
      objectId: row.id,
      agencyId,
      summary: { kind: row.kind, medium: row.medium, holderName: row.holderName },
    });
    return presentRequest(row);
  });
}
