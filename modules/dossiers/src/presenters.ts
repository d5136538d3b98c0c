import { formatDateTimeVn } from '@openprovince/calendar';
import type { TAttachment, TDossier, TDossierSummary } from './contracts/index.ts';
import { type Channel, type DossierState, STATE_INFO } from './contracts/states.ts';
import { stepAgencyOf } from './internal/apply-transition.ts';
import type { AttachmentRow, DossierEventRow, DossierRow } from './repositories/dossier.repository.ts';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function presentAttachment(a: AttachmentRow): TAttachment {
  return {
    id: a.id,
    componentKey: a.componentKey,
    fileName: a.fileName,
    mediaType: a.mediaType,
    size: a.size,
    sha256: a.sha256,
    uploadedAt: a.uploadedAt.toISOString(),
  };
}

export function presentDossier(
  d: DossierRow,
  extra: {
    events: DossierEventRow[];
    attachments: AttachmentRow[];
    apologyRequired: boolean;
    expectedDueAt?: Date | null;
  },
): TDossier {
  const state = d.state as DossierState;
  const info = STATE_INFO[state];
  const step = d.stepIndex !== null ? d.procedure.steps[d.stepIndex] : undefined;
  return {
    id: d.id,
    code: d.code,
    state,
    stateName: info.vi,
    stateNameEn: info.en,
    nationalStatus: info.national,
    channel: d.channel as Channel,
    agencyId: d.agencyId,
    agencyCode: d.agencyCode,
    procedure: {
      id: d.procedure.id,
      nationalCode: d.procedure.nationalCode,
      name: d.procedure.name,
      serviceLevel: d.procedure.serviceLevel,
    },
    applicant: {
      name: d.applicantName,
      phone: d.applicantPhone,
      email: d.applicantEmail,
      address: d.applicantAddress,
      communeCode: d.applicantCommuneCode,
    },
    citizenId: d.citizenId,
    answers: d.answers,
    submittedAt: d.submittedAt.toISOString(),
    receivedAt: iso(d.receivedAt),
    dueAt: iso(d.dueAt),
    dueAtText: d.dueAt ? formatDateTimeVn(d.dueAt) : null,
    expectedDueAt: d.dueAt ? null : iso(extra.expectedDueAt),
    pausedAt: iso(d.pausedAt),
    supplementDueAt: iso(d.supplementDueAt),
    currentStep:
      step && d.stepIndex !== null
        ? {
            index: d.stepIndex,
            key: step.key,
            name: step.name,
            role: step.role,
            agencyId: stepAgencyOf(step, d.agencyId),
            dueAt: iso(d.stepDueAt),
          }
        : null,
    steps: d.procedure.steps.map((s) => ({
      key: s.key,
      name: s.name,
      role: s.role,
      agencyId: s.agencyId ?? null,
      hours: s.hours,
    })),
    apology:
      d.apologyAt && d.apologyNewDueAt
        ? {
            at: d.apologyAt.toISOString(),
            reason: d.apologyReason ?? '',
            newDueAt: d.apologyNewDueAt.toISOString(),
            inTime: d.apologyInTime === 'yes',
          }
        : null,
    apologyRequired: extra.apologyRequired,
    finishedAt: iso(d.finishedAt),
    returnedAt: iso(d.returnedAt),
    payments: d.payments,
    fees: d.procedure.fees,
    paymentRequest: d.paymentRequest ?? null,
    rating: d.rating,
    attachments: extra.attachments.map(presentAttachment),
    events: extra.events.map((e) => ({
      seq: e.seq,
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      at: e.at.toISOString(),
      actorKind: e.actorKind,
      actorName: e.actorName,
      actorAgencyId: e.actorAgencyId,
      note: e.note,
      stepKey: e.stepKey,
      stepDueAt: iso(e.stepDueAt),
      stepResult: e.stepResult,
      nextStepKey: e.nextStepKey,
    })),
    version: d.version,
  };
}

export function presentSummary(d: DossierRow): TDossierSummary {
  const state = d.state as DossierState;
  return {
    id: d.id,
    code: d.code,
    state,
    stateName: STATE_INFO[state].vi,
    channel: d.channel as Channel,
    agencyId: d.agencyId,
    procedureName: d.procedure.name,
    applicantName: d.applicantName,
    submittedAt: d.submittedAt.toISOString(),
    receivedAt: iso(d.receivedAt),
    dueAt: iso(d.dueAt),
    version: d.version,
  };
}
