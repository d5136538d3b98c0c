import { recordAudit } from '@openprovince/audit';
import { type Db, isUniqueViolation } from '@openprovince/db';
import { AppError, nfc, type RequestContext } from '@openprovince/platform';
import type { FederatedIdentity, IdentityProvider } from '../adapters/federation/identity-provider.ts';
import { safeReturnPath } from '../adapters/federation/safe-return-path.ts';
import type { IdentityDeps } from '../deps.ts';
import { normalisePhone } from '../domain/normalise.ts';
import {
  type CitizenRow,
  findCitizenById,
  findCitizenByPersonalId,
  insertCitizen,
} from '../repositories/citizen.repository.ts';
import {
  consumeFederationRequest,
  findCitizenIdentity,
  findCitizenIdentityOf,
  insertCitizenIdentity,
  touchCitizenIdentity,
} from '../repositories/federation.repository.ts';
import { hashToken } from './log-in.ts';
import { openCitizenSession } from './open-citizen-session.ts';

/** VNeID level 2: the person's identity was checked against the national population database in person. */
export const MINIMUM_ASSURANCE_LEVEL = 2;

function stateRejected(): AppError {
  return new AppError('UNAUTHENTICATED', {
    detail: 'Phiên đăng nhập qua VNeID không hợp lệ, đã dùng hoặc đã hết hạn; vui lòng đăng nhập lại',
    detailEn: 'The VNeID sign-in is invalid, already used or expired; please sign in again',
  });
}

async function citizenFor(
  tx: Db,
  ctx: RequestContext,
  input: { providerId: string; identity: FederatedIdentity; at: Date },
): Promise<CitizenRow> {
  const { identity, providerId, at } = input;
  const key = { provider: providerId, subject: identity.subject };
  const link = await findCitizenIdentity(tx, key);
  if (link) {
    const linked = await findCitizenById(tx, link.citizenId);
    if (!linked || linked.personalId !== identity.personalId) {
      throw new AppError('UNAUTHENTICATED', {
        detail: 'Số định danh cá nhân từ VNeID không khớp với tài khoản đã liên kết',
        detailEn: 'The personal ID number from VNeID does not match the linked account',
      });
    }
    await touchCitizenIdentity(tx, key, { at, assuranceLevel: identity.assuranceLevel });
    return linked;
  }

  let citizen = await findCitizenByPersonalId(tx, identity.personalId);
  if (citizen) {
    // The same person already has a local account: link it rather than open a second one.
    const other = await findCitizenIdentityOf(tx, { provider: providerId, citizenId: citizen.id });
    if (other) {
      throw new AppError('CONFLICT', {
        detail: 'Tài khoản này đã liên kết với một danh tính VNeID khác',
        detailEn: 'This account is already linked to another VNeID identity',
      });
    }
  } else {
    citizen = await insertCitizen(tx, {
      personalId: identity.personalId,
      fullName: nfc(identity.fullName),
      phone: identity.phone ? normalisePhone(identity.phone) : null,
      email: identity.email?.toLowerCase() ?? null,
      passwordHash: null,
    });
    await recordAudit(
      tx,
      { ...ctx, actor: { kind: 'citizen', citizenId: citizen.id, fullName: citizen.fullName } },
      {
        action: 'identity.citizen.register',
        objectType: 'citizen',
        objectId: citizen.id,
        summary: { via: providerId },
      },
    );
  }
  await insertCitizenIdentity(tx, {
    ...key,
    citizenId: citizen.id,
    assuranceLevel: identity.assuranceLevel,
    linkedAt: at,
    lastSignInAt: at,
  });
  await recordAudit(
    tx,
    { ...ctx, actor: { kind: 'citizen', citizenId: citizen.id, fullName: citizen.fullName } },
    {
      action: 'identity.citizen.link',
      objectType: 'citizen',
      objectId: citizen.id,
      summary: { provider: providerId, assuranceLevel: identity.assuranceLevel },
    },
  );
  return citizen;
}

/**
 * Finishes a sign-in with the identity provider: the state is used once, the code is exchanged and the
 * ID token verified by the adapter, the citizen is found by the provider's subject or personal ID number
 * (created if new), and a session is opened exactly as a password sign-in does.
 */
export async function finishFederatedSignIn(
  deps: IdentityDeps,
  ctx: RequestContext,
  input: {
    provider: IdentityProvider;
    state: string;
    code: string;
    previousToken?: string;
    userAgent?: string;
  },
): Promise<{ token: string; expiresAt: Date; citizenId: string; returnTo: string }> {
  const now = deps.now();
  // Consumed before the exchange, so a replayed callback fails even if the first one did.
  const request = await consumeFederationRequest(deps.db, { stateHash: hashToken(input.state), at: now });
  if (!request || request.provider !== input.provider.id) throw stateRejected();
  const identity = await input.provider.exchangeCode({
    code: input.code,
    codeVerifier: request.codeVerifier,
    redirectUri: request.redirectUri,
    nonce: request.nonce,
  });
  if (identity.assuranceLevel < MINIMUM_ASSURANCE_LEVEL) {
    throw new AppError('UNAUTHENTICATED', {
      detail: 'Cần tài khoản định danh điện tử mức 2 để nộp hồ sơ trực tuyến',
      detailEn: 'A level-2 electronic identity account is required to submit online',
    });
  }
  try {
    return await deps.db.transaction(async (tx) => {
      const citizen = await citizenFor(tx, ctx, { providerId: input.provider.id, identity, at: now });
      const session = await openCitizenSession(tx, deps, ctx, {
        citizen,
        ...(input.previousToken ? { previousToken: input.previousToken } : {}),
        ...(input.userAgent ? { userAgent: input.userAgent } : {}),
        summary: { method: input.provider.id, assuranceLevel: identity.assuranceLevel },
      });
      return { ...session, citizenId: citizen.id, returnTo: safeReturnPath(request.returnTo) };
    });
  } catch (error) {
    // Two first sign-ins of the same person at once: one wins, the other is asked to retry.
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', {
        detail: 'Tài khoản đang được tạo, vui lòng thử lại',
        detailEn: 'The account is being created; please try again',
      });
    }
    throw error;
  }
}
