import { createHash } from 'node:crypto';
import { localDateOf } from '@openprovince/calendar';
import { isUniqueViolation } from '@openprovince/db';
import { loadGeographyTimeline } from '@openprovince/geography';
import { identityApi } from '@openprovince/identity';
import { AppError, authorize, newId, nfc, type RequestContext } from '@openprovince/platform';
import type { TCounterBody, TDossier, TSubmitBody } from '../contracts/index.ts';
import type { Channel } from '../contracts/states.ts';
import type { DossierDeps } from '../deps.ts';
import { isCommuneInForce } from '../domain/applicant-communes.ts';
import { formatDossierCode } from '../domain/dossier-code.ts';
import type { ProcedureSnapshot } from '../domain/ports.ts';
import { DEFAULT_STEPS } from '../domain/workflow.ts';
import { canReceiveAtCounter, canSubmitOnline } from '../policies.ts';
import { findDossierByIdempotencyKey, nextSequence } from '../repositories/dossier.repository.ts';
import { applyTransition } from './apply-transition.ts';
import { attachDraftToDossier, lockDraftForSubmission } from './draft-submission.ts';
import { present } from './load-dossier.ts';

export interface SubmitDossierInput {
  /** online: a signed-in citizen; direct/postal: a one-stop officer at the counter. */
  channel: Channel;
  body: TSubmitBody | TCounterBody;
  idempotencyKey: string | undefined;
}

export interface SubmitDossierResult {
  dossier: TDossier;
  /** True when the key was seen before with the same body: nothing new was created. */
  replayed: boolean;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const KEY = /^[\w.:-]{8,128}$/;

/**
 * A dossier is created once per Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field"):
 * the same key and body answer the same dossier, a different body 422, no key 400 — so a double click or
 * a retry after a lost response never makes two dossiers. The code (agency-yymmdd-nnnn) is drawn in the
 * same transaction.
 */
export async function submitDossier(
  deps: DossierDeps,
  ctx: RequestContext,
  input: SubmitDossierInput,
): Promise<SubmitDossierResult> {
  const online = input.channel === 'online';
  authorize(ctx.actor, online ? canSubmitOnline : canReceiveAtCounter, undefined);
  if (!input.idempotencyKey) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
  if (!KEY.test(input.idempotencyKey)) {
    throw new AppError('MALFORMED_REQUEST', {
      detail: 'Idempotency-Key phải dài 8–128 ký tự (chữ, số, . _ : -)',
      detailEn: 'Idempotency-Key must be 8–128 characters of letters, digits, . _ : -',
    });
  }
  const actor = ctx.actor;
  const scope =
    actor.kind === 'citizen'
      ? `citizen:${actor.citizenId}`
      : actor.kind === 'official'
        ? `official:${actor.userId}`
        : 'system';
  const requestHash = createHash('sha256')
    .update(canonical({ channel: input.channel, body: input.body }))
    .digest('hex');

  const replay = async (): Promise<SubmitDossierResult | undefined> => {
    const existing = await findDossierByIdempotencyKey(deps.db, scope, input.idempotencyKey!);
    if (!existing) return undefined;
    if (existing.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { dossier: await present(deps, deps.db, existing, ctx), replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const procedure = await deps.catalogue.getProcedureForDossier(input.body.procedureId);
  if (!procedure) {
    throw AppError.forField({
      path: '/body/procedureId',
      message: 'Thủ tục hành chính không tồn tại hoặc chưa được công bố',
      messageEn: 'No such published procedure',
    });
  }
  const answers = input.body.answers ?? {};
  const problems = procedure.validate(answers);
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Vui lòng kiểm tra lại các thông tin đã khai',
      detailEn: 'Check the answers given',
      errors: problems.map((p) => ({ ...p, path: `/body${p.path}` })),
    });
  }
  const now = deps.now();
  const applicant = input.body.applicant;
  if (applicant.communeCode !== undefined) {
    const timeline = await loadGeographyTimeline(deps.db, ctx);
    if (!isCommuneInForce(timeline, { code: applicant.communeCode, date: localDateOf(now) })) {
      throw new AppError('VALIDATION_FAILED', {
        detail: 'Xã, phường của người nộp không có trong danh mục đơn vị hành chính hiện hành',
        detailEn: "The applicant's commune is not a commune in force today",
        errors: [
          {
            path: '/body/applicant/communeCode',
            message: 'Xã, phường không có trong danh mục đơn vị hành chính hiện hành',
            messageEn: 'Not a commune in force today',
          },
        ],
      });
    }
  }
  const agency = await identityApi.getAgency(deps.db, { id: procedure.agencyId });
  const steps = procedure.steps?.length ? procedure.steps : [...DEFAULT_STEPS];
  const snapshot: ProcedureSnapshot = {
    id: procedure.id,
    nationalCode: procedure.nationalCode,
    name: procedure.name,
    agencyId: procedure.agencyId,
    timeLimit: procedure.timeLimit,
    onlineTimeLimit: procedure.onlineTimeLimit ?? null,
    fees: procedure.fees,
    components: procedure.components,
    serviceLevel: procedure.serviceLevel ?? null,
    steps,
    fullyOnline: procedure.fullyOnline ?? procedure.serviceLevel === 4,
  };
  const draftId = online && 'draftId' in input.body ? input.body.draftId : undefined;
  try {
    const row = await deps.db.transaction(async (tx) => {
      const taken = draftId ? await lockDraftForSubmission(tx, ctx, { draftId, procedure }) : null;
      const sequence = await nextSequence(tx, procedure.agencyId, localDateOf(now));
      const created = await applyTransition(tx, deps, ctx, {
        current: null,
        action: online ? 'submit' : 'receive',
        draft: {
          id: newId(),
          code: formatDossierCode({ agencyCode: agency.code, localDate: localDateOf(now), sequence }),
          state: 'submitted',
          channel: input.channel,
          agencyId: procedure.agencyId,
          agencyCode: agency.code,
          stepAgencyIds: [...new Set(steps.map((s) => s.agencyId).filter((a): a is string => !!a))].filter(
            (a) => a !== procedure.agencyId,
          ),
          procedureId: procedure.id,
          procedureCode: procedure.nationalCode,
          serviceLevel: procedure.serviceLevel ?? null,
          procedure: snapshot,
          citizenId: actor.kind === 'citizen' ? actor.citizenId : null,
          applicantName: nfc(applicant.name),
          applicantPhone: applicant.phone ?? null,
          applicantEmail: applicant.email?.toLowerCase() ?? null,
          applicantAddress: applicant.address ? nfc(applicant.address) : null,
          applicantCommuneCode: applicant.communeCode ?? null,
          answers,
          submittedAt: now,
          idempotencyScope: scope,
          idempotencyKey: input.idempotencyKey,
          requestHash,
        },
      });
      if (taken) await attachDraftToDossier(tx, ctx, { taken, dossier: created });
      return created;
    });
    return { dossier: await present(deps, deps.db, row, ctx), replayed: false };
  } catch (error) {
    // A concurrent request with the same key committed first: answer with its dossier.
    if (isUniqueViolation(error)) {
      const again = await replay();
      if (again) return again;
    }
    throw error;
  }
}
