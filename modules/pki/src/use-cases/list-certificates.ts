import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import {
  type CertificateKind,
  type CertificateStatus,
  PKI_PERMISSIONS,
  type RequestStatus,
  type TCertificate,
  type TCertificateRequest,
} from '../contracts/index.ts';
import type { PkiDeps } from '../deps.ts';
import { presentCertificate, presentRequest } from '../domain/present-certificate.ts';
import { canListPki, canManagePki, seesAllAgencies } from '../policies.ts';
import * as repo from '../repositories/certificate.repository.ts';

function scopedAgency(ctx: RequestContext, requested?: string): string | undefined {
  if (seesAllAgencies(ctx.actor)) return requested;
  const own = ctx.actor.kind === 'official' ? ctx.actor.agencyId : undefined;
  // A certificate officer always sees their own agency, whatever they ask for.
  return own;
}

/** Certificates of the officer's agency (province CA officers: all, or the agency asked for). */
export async function listCertificates(
  deps: PkiDeps,
  ctx: RequestContext,
  input: {
    agencyId?: string;
    status?: CertificateStatus;
    kind?: CertificateKind;
    holderOfficialId?: string;
  } = {},
): Promise<TCertificate[]> {
  authorize(ctx.actor, canListPki, undefined);
  const agencyId = scopedAgency(ctx, input.agencyId);
  const rows = await repo.listCertificates(deps.db, {
    ...input,
    ...(agencyId ? { agencyId } : {}),
  });
  return rows.map(presentCertificate);
}

export async function listRequests(
  deps: PkiDeps,
  ctx: RequestContext,
  input: { agencyId?: string; status?: RequestStatus } = {},
): Promise<TCertificateRequest[]> {
  authorize(ctx.actor, canListPki, undefined);
  const agencyId = scopedAgency(ctx, input.agencyId);
  const rows = await repo.listRequests(deps.db, { ...input, ...(agencyId ? { agencyId } : {}) });
  return rows.map(presentRequest);
}

export async function getCertificate(
  deps: PkiDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<TCertificate> {
  const row = await repo.findCertificate(deps.db, input.id);
  if (!row) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, canManagePki, row);
  return presentCertificate(row);
}

/**
 * The certificates an official may sign with: their own personal certificates, and — for the agency's
 * clerk (văn thư), who applies the organisation signature under Decree 30/2020 — the agency's organisation
 * certificates. Only active ones: a suspended or revoked certificate cannot sign.
 */
export async function listMySigningCertificates(deps: PkiDeps, ctx: RequestContext): Promise<TCertificate[]> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  const personal = await repo.listCertificates(deps.db, {
    holderOfficialId: actor.userId,
    kind: 'personal',
    status: 'active',
  });
  const organisation = actor.permissions.has(PKI_PERMISSIONS.signOrganisation)
    ? await repo.listCertificates(deps.db, {
        agencyId: actor.agencyId,
        kind: 'organisation',
        status: 'active',
      })
    : [];
  return [...personal, ...organisation].map(presentCertificate);
}
