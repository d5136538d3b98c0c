import { calendarApi, extendForSupplementPause } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { type Actor, type FieldError, isAppError, newId, nfc } from '@openprovince/platform';
import type { THistoricDossier } from '../contracts/historic-import.ts';
import { DOSSIER_PERMISSIONS } from '../contracts/permissions.ts';
import type { DossierState } from '../contracts/states.ts';
import { amountOf, officeHoursOf, stepDeadline, withinOneWorkingDay } from '../domain/deadlines.ts';
import type { ProcedureSnapshot } from '../domain/ports.ts';
import { stepAgencyOf, stepResult } from '../domain/step-result.ts';
import { decideTransition, dossierWorkflow } from '../domain/workflow.ts';
import type { DossierInsert } from '../repositories/dossier.repository.ts';
import type { DossierEventInsert } from '../repositories/historic-import.repository.ts';
import { workCalendars } from '../repositories/work-calendar.repository.ts';

export type EventInsert = DossierEventInsert;

export interface ReplayInput {
  record: THistoricDossier;
  /** Where the record's errors point: `/body/dossiers/<index>`. */
  path: string;
  procedure: ProcedureSnapshot;
  agency: { id: string; code: string };
  importKey: string;
  /** The import's own time: a history cannot end after it. */
  now: Date;
  /** The content hash that makes a second import of the same record a no-op (and a changed one a 422). */
  requestHash: string;
}

export type ReplayResult =
  | { ok: true; dossier: DossierInsert; events: EventInsert[] }
  | { ok: false; errors: FieldError[] };

/** A field error's two sentences: Vietnamese beside the field, English for the API's other readers. */
const bilingual = (vi: string, en: string) => ({ message: vi, messageEn: en });

/**
 * The performer the transition table sees. An imported history names people of the previous system, who
 * need no account here; the administrator vouches for who did what. So the table is asked only whether
 * the action may follow the state (and the step), with a performer entitled to it: the applicant for an
 * applicant's action, otherwise an official of the agency owning the step with every dossier permission.
 */
function performerFor(byApplicant: boolean, agencyId: string): Actor {
  if (byApplicant) {
    return { kind: 'citizen', citizenId: '00000000-0000-4000-8000-000000000000', fullName: 'applicant' };
  }
  return {
    kind: 'official',
    userId: '00000000-0000-4000-8000-000000000000',
    username: 'import',
    fullName: 'import',
    agencyId,
    roles: [],
    permissions: new Set(Object.values(DOSSIER_PERMISSIONS)),
  };
}

/**
 * Replays one historic dossier through the lifecycle, as applyTransition would have at each event's time:
 * the same transition table (order, steps, reasons), the due date computed by the work calendar from the
 * real receipt (never taken from the file), step deadlines from each hand-over, supplement waits moving
 * the promise, the apology rule (once, before the new date). Pure apart from reading the calendar: it
 * writes nothing, and returns the row and events to insert, or the record's field errors.
 */
export async function replayHistory(db: Db, input: ReplayInput): Promise<ReplayResult> {
  // One record's events span few years: each calendar is read once for the whole replay.
  const calendars = workCalendars();
  const { record, procedure, agency, path } = input;
  const errors: FieldError[] = [];
  const fail = (field: string, vi: string, en: string) => {
    errors.push({ path: `${path}${field}`, ...bilingual(vi, en) });
    return { ok: false as const, errors };
  };
  const events = record.events;
  const first = events[0]!;
  const opening = record.channel === 'online' ? 'submit' : 'receive';
  if (first.action !== opening) {
    return fail(
      '/events/0/action',
      `Hồ sơ ${record.channel === 'online' ? 'trực tuyến bắt đầu bằng "submit"' : 'tại quầy hoặc qua bưu chính bắt đầu bằng "receive"'}`,
      `A${record.channel === 'online' ? 'n online dossier starts with "submit"' : ' counter or postal dossier starts with "receive"'}`,
    );
  }
  // Times in order, none after the import itself.
  let previous = 0;
  for (const [j, e] of events.entries()) {
    const t = new Date(e.at).getTime();
    if (t < previous) {
      return fail(
        `/events/${j}/at`,
        'Thời điểm sớm hơn sự kiện trước; các sự kiện phải theo thứ tự thời gian',
        'Earlier than the event before; events must be in time order',
      );
    }
    if (t > input.now.getTime()) {
      return fail(`/events/${j}/at`, 'Thời điểm ở tương lai', 'The time is in the future');
    }
    previous = t;
  }
  if (record.rating) {
    const ratedAt = new Date(record.rating.at).getTime();
    if (ratedAt < previous || ratedAt > input.now.getTime()) {
      return fail(
        '/rating/at',
        'Thời điểm đánh giá phải sau sự kiện cuối và không ở tương lai',
        'The rating comes after the last event and not in the future',
      );
    }
  }

  const steps = procedure.steps;
  const submittedAt = new Date(first.at);
  const dossier: DossierInsert = {
    id: newId(),
    code: record.code,
    state: 'submitted',
    channel: record.channel,
    agencyId: agency.id,
    agencyCode: agency.code,
    stepAgencyIds: [...new Set(steps.map((s) => s.agencyId).filter((a): a is string => !!a))].filter(
      (a) => a !== agency.id,
    ),
    procedureId: procedure.id,
    procedureCode: procedure.nationalCode,
    serviceLevel: procedure.serviceLevel,
    procedure,
    citizenId: null,
    applicantName: nfc(record.applicant.name),
    applicantPhone: record.applicant.phone ?? null,
    applicantEmail: record.applicant.email?.toLowerCase() ?? null,
    applicantAddress: record.applicant.address ? nfc(record.applicant.address) : null,
    applicantCommuneCode: record.applicant.communeCode ?? null,
    answers: {},
    submittedAt,
    payments: [],
    idempotencyScope: 'import',
    idempotencyKey: record.code,
    requestHash: input.requestHash,
    createdAt: input.now,
    updatedAt: input.now,
  };
  const rows: EventInsert[] = [];
  let state: DossierState | null = null;
  let stepIndex: number | null = null;
  let payments: NonNullable<DossierInsert['payments']> = [];
  for (const [j, e] of events.entries()) {
    const at = new Date(e.at);
    const rule = dossierWorkflow.rule(e.action);
    const byApplicant = (rule.by.permissions ?? []).length === 0 || e.performer.kind === 'applicant';
    if (byApplicant && !rule.by.owner) {
      return fail(
        `/events/${j}/performer/kind`,
        `Người nộp hồ sơ không thực hiện "${rule.label.vi}"`,
        `The applicant does not "${rule.label.en}"`,
      );
    }
    const currentStep = stepIndex !== null ? steps[stepIndex] : undefined;
    const stepAgency = stepAgencyOf(currentStep, agency.id);
    let decision: ReturnType<typeof decideTransition>;
    try {
      decision = decideTransition({
        state,
        action: e.action,
        actor: performerFor(byApplicant, stepAgency),
        isOwner: true,
        isHomeAgency: true,
        isStepAgency: true,
        steps,
        stepIndex,
        note: e.note,
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      const field = error.options.errors?.[0]?.path === '/body/note' ? 'note' : 'action';
      return fail(
        `/events/${j}/${field}`,
        error.options.detail ?? 'Thao tác không hợp lệ ở trạng thái này',
        error.options.detailEn ?? 'The action does not follow the state',
      );
    }
    const officeHours = officeHoursOf(dossier.deadlineBasis);
    let completed: { key: string; dueAt: Date | null; result: string | null } | null = null;
    try {
      switch (e.action) {
        case 'receive':
        case 'accept': {
          const limit =
            record.channel === 'online' && procedure.onlineTimeLimit
              ? procedure.onlineTimeLimit
              : procedure.timeLimit;
          // The promise as the calendar makes it from the real receipt, never as the file states it.
          const deadline = await calendarApi.computeDeadline(db, {
            start: at,
            amount: amountOf(limit),
            agencyId: agency.id,
          });
          dossier.receivedAt = at;
          dossier.receivedBy = null;
          dossier.dueAt = deadline.dueAt;
          dossier.deadlineBasis = {
            timeLimit: limit,
            calendarYearsUsed: deadline.calendarYearsUsed,
            officeHours: deadline.officeHours,
            explanation: deadline.explanation,
            explanationEn: deadline.explanationEn,
            importedBy: input.importKey,
          };
          break;
        }
        case 'refuse':
          dossier.refusedAt = at;
          break;
        case 'forward':
          dossier.stepStartedAt = at;
          dossier.stepDueAt = stepDeadline({
            start: at,
            hours: steps[0]!.hours,
            officeHours,
            calendar: await calendars.covering(db, at, at),
          });
          break;
        case 'request_supplement':
          dossier.pausedAt = at;
          dossier.supplementDueAt = null;
          break;
        case 'resubmit': {
          const pausedAt = dossier.pausedAt ?? at;
          const calendar = await calendars.covering(db, pausedAt, dossier.dueAt ?? at);
          const extend = (d: Date | null | undefined) =>
            d ? extendForSupplementPause({ dueAt: d, pausedAt, resumedAt: at, calendar, officeHours }) : null;
          dossier.dueAt = extend(dossier.dueAt);
          dossier.stepDueAt = extend(dossier.stepDueAt);
          dossier.pausedAt = null;
          break;
        }
        case 'payment_received':
          if (e.payment) {
            payments = [
              ...payments,
              {
                paymentId: newId(),
                amount: e.payment.amount,
                paidAt: at.toISOString(),
                receiptNumber: e.payment.receiptNumber,
              },
            ];
          }
          break;
        case 'process':
        case 'approve': {
          completed = {
            key: currentStep!.key,
            dueAt: dossier.stepDueAt ?? null,
            result: stepResult(at, dossier.stepDueAt ?? null),
          };
          if (decision.nextStepIndex !== null) {
            const next = steps[decision.nextStepIndex]!;
            dossier.stepStartedAt = at;
            dossier.stepDueAt = stepDeadline({
              start: at,
              hours: next.hours,
              officeHours,
              calendar: await calendars.covering(db, at, at),
            });
          } else {
            dossier.stepDueAt = null;
            dossier.finishedAt = at;
          }
          break;
        }
        case 'stop':
          dossier.stepDueAt = null;
          dossier.finishedAt = at;
          break;
        case 'return':
          dossier.returnedAt = at;
          break;
        case 'withdraw':
          dossier.withdrawnAt = at;
          dossier.stepDueAt = null;
          break;
        case 'apologise': {
          // Decree 61/2018: one new appointment at most, after the date promised.
          if (dossier.apologyAt) {
            return fail(
              `/events/${j}/action`,
              'Chỉ được hẹn lại ngày trả kết quả một lần',
              'A new return date may be given only once',
            );
          }
          const newDueAt = e.newDueAt ? new Date(e.newDueAt) : null;
          if (!dossier.dueAt || !newDueAt || newDueAt <= dossier.dueAt) {
            return fail(
              `/events/${j}/newDueAt`,
              'Cần ngày hẹn trả mới, sau hạn đã hẹn',
              'A new return date after the promised one is required',
            );
          }
          const calendar = await calendars.covering(db, at, dossier.dueAt);
          const late = withinOneWorkingDay({ now: at, dueAt: dossier.dueAt, calendar, officeHours });
          dossier.apologyAt = at;
          dossier.apologyReason = e.note!.trim();
          dossier.apologyNewDueAt = newDueAt;
          dossier.apologyInTime = late ? 'no' : 'yes';
          break;
        }
        default:
          break;
      }
    } catch (error) {
      // A calendar year not loaded, for instance: the record cannot be dated.
      if (!isAppError(error)) throw error;
      return fail(
        `/events/${j}/at`,
        error.options.detail ?? 'Không tính được hạn xử lý',
        error.options.detailEn ?? 'The deadline cannot be computed',
      );
    }
    const nextStepIndex = decision.nextStepIndex;
    const nextStep = nextStepIndex !== null ? steps[nextStepIndex] : undefined;
    const handedOn = nextStep !== undefined && nextStepIndex !== stepIndex;
    rows.push({
      dossierId: dossier.id,
      seq: j + 1,
      action: e.action,
      fromState: state,
      toState: decision.to,
      at,
      actorKind: byApplicant ? 'citizen' : 'official',
      actorId: null,
      actorName: nfc(e.performer.name),
      actorAgencyId: byApplicant ? null : stepAgency,
      note: e.note?.trim() || null,
      stepKey: completed?.key ?? null,
      stepDueAt: completed?.dueAt ?? null,
      stepResult: completed?.result ?? null,
      nextStepKey: handedOn ? nextStep.key : null,
      nextStepAgencyId: handedOn ? stepAgencyOf(nextStep, agency.id) : null,
      data: {
        importedBy: input.importKey,
        ...(e.items ? { items: e.items } : {}),
        ...(e.payment ? { payment: e.payment } : {}),
        ...(e.newDueAt ? { newDueAt: new Date(e.newDueAt).toISOString() } : {}),
      },
    });
    state = decision.to;
    stepIndex = decision.nextStepIndex;
  }
  if (record.rating) {
    if (state !== 'returned') {
      return fail('/rating', 'Chỉ đánh giá khi đã trả kết quả', 'A rating needs the result returned');
    }
    dossier.rating = record.rating.value;
    dossier.ratedAt = new Date(record.rating.at);
  }
  dossier.state = state!;
  dossier.stepIndex = stepIndex;
  dossier.payments = payments;
  dossier.transitionSeq = events.length;
  dossier.version = 1;
  return { ok: true, dossier, events: rows };
}
