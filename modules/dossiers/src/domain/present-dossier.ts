import { formatDateTimeVn } from '@openprovince/calendar';
import type { TAttachment, TAvailableAction, TDossier, TDossierSummary } from '../contracts/index.ts';
import { type Channel, type DossierState, STATE_INFO } from '../contracts/states.ts';
import type { AttachmentRow, DossierEventRow, DossierRow } from '../repositories/dossier.repository.ts';
import type { AvailableAction } from './available-actions.ts';
import { declarationOf } from './declaration.ts';
import { isFullyOnline, resultDeliveryOf } from './result-delivery.ts';
import { stepAgencyOf } from './step-result.ts';
import { dossierWorkflow } from './workflow.ts';

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
    /** Names of the agencies by id (receiving agency and step agencies); ids stand in when missing. */
    agencyNames?: Record<string, string>;
    /** The caller's actions (none for a system caller). */
    actions?: AvailableAction[];
  },
): TDossier {
  const agencyNames = extra.agencyNames ?? {};
  const nameOf = (id: string) => agencyNames[id] ?? (id === d.agencyId ? d.agencyCode : id);
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
      nextStepAgencyId: e.nextStepAgencyId,
    })),
    version: d.version,
    fullyOnline: isFullyOnline(d),
    resultDelivery: resultDeliveryOf(d, extra.events, extra.attachments),
    components: d.procedure.components.map((c) => ({ key: c.key, name: c.name, required: c.required })),
    declaration: declarationOf(d.procedure, d.answers),
    agencyNames: Object.fromEntries(
      [d.agencyId, ...d.procedure.steps.map((s) => stepAgencyOf(s, d.agencyId))].map((id) => [
        id,
        nameOf(id),
      ]),
    ),
    availableActions: (extra.actions ?? []).map((a): TAvailableAction => {
      const { label } = dossierWorkflow.rule(a.action);
      const next = a.next.stepIndex !== null ? d.procedure.steps[a.next.stepIndex] : undefined;
      return {
        action: a.action as TAvailableAction['action'],
        name: label.vi,
        nameEn: label.en,
        noteRequired: a.noteRequired,
        next: {
          state: a.next.state,
          stateName: STATE_INFO[a.next.state].vi,
          holder: a.next.holder,
          step: next && a.next.holder !== 'applicant' ? { key: next.key, name: next.name } : null,
          agencyId: a.next.agencyId,
          agencyName: nameOf(a.next.agencyId),
        },
      };
    }),
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
