import type { DocumentFile, Dossier, DossierState, TransitionAction } from '../api/dossiers.api.ts';

/**
 * Which buttons an official sees on a dossier: the transitions of the lifecycle (Decree 61/2018; the API's
 * workflow table) that start from the current state and that the account's permissions allow. The API
 * decides again (and answers 403/409 otherwise): this only avoids offering what would be refused.
 */
interface ActionRule {
  action: TransitionAction;
  from: readonly DossierState[];
  anyPermission: readonly string[];
  /** Internal steps belong to a role: a specialist processes, a leader approves. */
  stepRole?: 'specialist' | 'leader';
  /** The applicant reads the reason (refusal, supplement, stop, withdrawal). */
  noteRequired: boolean;
}

const OPEN: readonly DossierState[] = [
  'submitted',
  'accepted',
  'processing',
  'supplement_requested',
  'payment_requested',
];

export const ACTION_RULES: readonly ActionRule[] = [
  { action: 'accept', from: ['submitted'], anyPermission: ['dossiers:accept'], noteRequired: false },
  { action: 'refuse', from: ['submitted'], anyPermission: ['dossiers:refuse'], noteRequired: true },
  { action: 'forward', from: ['accepted'], anyPermission: ['dossiers:accept'], noteRequired: false },
  {
    action: 'process',
    from: ['processing'],
    anyPermission: ['dossiers:process'],
    stepRole: 'specialist',
    noteRequired: false,
  },
  {
    action: 'approve',
    from: ['processing'],
    anyPermission: ['dossiers:approve'],
    stepRole: 'leader',
    noteRequired: false,
  },
  {
    action: 'request_supplement',
    from: ['processing'],
    anyPermission: ['dossiers:request-supplement'],
    noteRequired: true,
  },
  {
    action: 'resubmit',
    from: ['supplement_requested'],
    anyPermission: ['dossiers:receive'],
    noteRequired: false,
  },
  {
    action: 'request_payment',
    from: ['processing'],
    anyPermission: ['dossiers:process'],
    noteRequired: false,
  },
  {
    action: 'payment_received',
    from: ['payment_requested'],
    anyPermission: ['dossiers:receive'],
    noteRequired: false,
  },
  { action: 'stop', from: ['processing'], anyPermission: ['dossiers:approve'], noteRequired: true },
  { action: 'return', from: ['processed'], anyPermission: ['dossiers:return'], noteRequired: false },
  { action: 'withdraw', from: OPEN, anyPermission: ['dossiers:receive'], noteRequired: true },
];

export interface AllowedAction {
  action: TransitionAction;
  noteRequired: boolean;
}

export function allowedActions(input: {
  state: DossierState;
  permissions: readonly string[];
  currentStepRole?: string | null;
  /** The fees are already paid (a receipt exists): a second payment request would be a mistake. */
  paid?: boolean;
}): AllowedAction[] {
  return ACTION_RULES.filter(
    (r) =>
      r.from.includes(input.state) &&
      !(r.action === 'request_payment' && input.paid) &&
      r.anyPermission.some((p) => input.permissions.includes(p)) &&
      (!r.stepRole || !input.currentStepRole || r.stepRole === input.currentStepRole),
  ).map((r) => ({ action: r.action, noteRequired: r.noteRequired }));
}

/**
 * The one-stop documents that exist for a dossier in its current state (the API answers 404 otherwise):
 * the payment notice (with its VietQR code) only while the fee request is open.
 */
export function availableDocuments(
  d: Pick<Dossier, 'state' | 'receivedAt' | 'apology' | 'events' | 'paymentRequest'>,
): DocumentFile[] {
  const files: DocumentFile[] = [];
  if (d.receivedAt) files.push('receipt.pdf', 'control.pdf');
  if (d.state === 'refused') files.push('refusal.pdf');
  if (d.events.some((e) => e.action === 'request_supplement')) files.push('supplement.pdf');
  if (d.apology) files.push('apology.pdf');
  if (d.paymentRequest) files.push('payment.pdf');
  return files;
}

/** Due within this many hours counts as "due soon" on the officer's screen (the API's queue uses its own rule). */
export function deadlineStatus(
  dueAt: string | null,
  state: DossierState,
  now: Date = new Date(),
): 'none' | 'overdue' | 'due-soon' | 'ok' {
  if (!dueAt || !OPEN.includes(state)) return 'none';
  const left = new Date(dueAt).getTime() - now.getTime();
  if (left < 0) return 'overdue';
  if (left < 24 * 3_600_000) return 'due-soon';
  return 'ok';
}

/** The text key of a document ("receipt.pdf" → "receipt"): i18next reads dots in keys as nesting. */
export function documentName(file: DocumentFile): DocumentName {
  return file.replace(/\.pdf$/, '') as DocumentName;
}
type DocumentName = DocumentFile extends `${infer N}.pdf` ? N : never;
