import type { Db } from '@openprovince/db';
import {
  enqueue,
  NATIONAL_PORTAL_SYNC,
  type NationalPortalSyncJob,
  NOTIFICATIONS_SEND,
  type NotificationJob,
  type NotificationTemplate,
} from '@openprovince/jobs';
import { formatDateTimeVi } from '@openprovince/platform';
import type { ResultDelivery } from '../contracts/index.ts';
import { STATE_INFO } from '../contracts/states.ts';
import { expectedResultDelivery } from '../domain/result-delivery.ts';
import type { DossierRow } from '../repositories/dossier.repository.ts';

/**
 * Tells the applicant and the national portal about a change, in the transaction that made it: the jobs
 * exist exactly when the change committed. One message per channel the applicant gave; the message key
 * `code:seq:channel` (also the dedupe key) makes a retried job or a replayed request send nothing twice.
 */
export async function enqueueChangeJobs(
  tx: Db,
  input: {
    dossier: DossierRow;
    action: string;
    seq: number;
    at: Date;
    stateChanged: boolean;
    note?: string | null;
    lookupUrl?: string;
    /** return: how the result went to the applicant. */
    resultDelivery?: ResultDelivery | null;
    /** The receiving agency's name, for where to collect a paper result. */
    agencyName?: string | null;
    /** The applicant's own dossier page (online account), where an online result is downloaded. */
    dossierUrl?: string | null;
  },
): Promise<void> {
  const d = input.dossier;
  const state = STATE_INFO[d.state as keyof typeof STATE_INFO];
  // Where the result is: online (a fully online service, or a file returned) or on paper at the counter.
  const delivery: ResultDelivery | null =
    input.resultDelivery ?? (d.state === 'processed' ? expectedResultDelivery(d) : null);
  const counter = `Bộ phận Tiếp nhận và Trả kết quả${input.agencyName ? ` – ${input.agencyName}` : ''}`;
  const data = {
    dossierCode: d.code,
    procedureName: d.procedure.name,
    state: d.state,
    stateName: state.vi,
    stateNameEn: state.en,
    dueAtText: d.dueAt ? formatDateTimeVi(d.dueAt) : null,
    newDueAtText: d.apologyNewDueAt ? formatDateTimeVi(d.apologyNewDueAt) : null,
    reason: input.note ?? null,
    amount: d.paymentRequest?.amount ?? null,
    paymentCode: d.paymentRequest?.paymentCode ?? null,
    lookupUrl: input.lookupUrl ?? null,
    resultDelivery: delivery,
    pickupPlace: delivery === 'paper' ? counter : null,
    resultUrl: delivery === 'online' ? (input.dossierUrl ?? input.lookupUrl ?? null) : null,
  };
  const template = templateFor(input.action, d.state);
  const channels: [NotificationJob['channel'], string | null][] = [
    ['email', d.applicantEmail],
    ['sms', d.applicantPhone],
  ];
  for (const [channel, to] of template ? channels : []) {
    if (!to) continue;
    const messageKey = `${d.code}:${input.seq}:${channel}`;
    const payload: NotificationJob = {
      channel,
      to,
      template: template!,
      data,
      messageKey,
      subject: { type: 'dossier', id: d.id },
    };
    await enqueue(tx, NOTIFICATIONS_SEND, payload, { dedupeKey: messageKey });
  }
  if (input.stateChanged) {
    const sync: NationalPortalSyncJob = {
      dossierCode: d.code,
      procedureCode: d.procedureCode,
      nationalStatus: state.national,
      occurredAt: input.at.toISOString(),
      agencyCode: d.agencyCode,
      sequence: input.seq,
    };
    await enqueue(tx, NATIONAL_PORTAL_SYNC, sync, { dedupeKey: `portal:${d.code}:${input.seq}` });
  }
}

/**
 * The message the applicant gets for an action (templates of the notifications module): one for every change
 * of national status (Decree 61/2018 art. 14: the applicant is informed of each); a hand-over between internal
 * steps, which leaves the status unchanged, sends nothing.
 */
export function templateFor(action: string, state: string): NotificationTemplate | undefined {
  switch (action) {
    case 'submit':
      return 'dossier.received';
    case 'receive':
    case 'accept':
      return 'dossier.accepted';
    case 'refuse':
      return 'dossier.refused';
    case 'request_supplement':
      return 'dossier.supplement-requested';
    case 'request_payment':
      return 'dossier.payment-requested';
    case 'apologise':
      return 'dossier.apology';
    case 'process':
    case 'approve':
      return state === 'processed' ? 'dossier.result-ready' : undefined;
    case 'return':
      return 'dossier.returned';
    case 'forward':
    case 'resubmit':
    case 'payment_received':
      return 'dossier.processing';
    case 'withdraw':
      return 'dossier.withdrawn';
    case 'stop':
      return 'dossier.stopped';
    default:
      return undefined;
  }
}
