import { OPEN_STATES } from '@openprovince/dossiers/contracts';
import {
  type DocumentFile,
  type Dossier,
  type DossierState,
  RESULT_COMPONENT_KEY,
  type TransitionAction,
} from '../api/dossiers.api.ts';

export type AvailableAction = Dossier['availableActions'][number];
export type NextHolder = AvailableAction['next'];

/**
 * The actions offered as buttons: the API's `availableActions` (the workflow table decides, per account,
 * state, step and agency), less the return — it has its own card, with the result — and the apology slip,
 * which needs a new return date and is not on this screen yet.
 */
export function actionButtons(d: Pick<Dossier, 'availableActions'>): AvailableAction[] {
  return d.availableActions.filter((a) => a.action !== 'return' && a.action !== 'apologise');
}

export function returnAction(d: Pick<Dossier, 'availableActions'>): AvailableAction | undefined {
  return d.availableActions.find((a) => a.action === 'return');
}

/** Buttons that move the dossier on are primary; refusing, stopping and withdrawing are marked danger. */
export function actionTone(action: TransitionAction): 'primary' | 'danger' | 'default' {
  if (action === 'refuse' || action === 'stop' || action === 'withdraw') return 'danger';
  if (action === 'accept' || action === 'forward' || action === 'process' || action === 'approve')
    return 'primary';
  return 'default';
}

/**
 * Who receives the dossier after an action, as the confirmation and the success message say it: a role
 * (one-stop section, specialist, leader) with the step and the agency, or the applicant (who is told).
 */
export function recipientOf(next: NextHolder): {
  kind: 'step' | 'section' | 'applicant';
  holder: NextHolder['holder'];
  step: string | null;
  agency: string;
  state: string;
} {
  const kind = next.holder === 'applicant' ? 'applicant' : next.step ? 'step' : 'section';
  return {
    kind,
    holder: next.holder,
    step: next.step?.name ?? null,
    agency: next.agencyName,
    state: next.stateName,
  };
}

/**
 * The return of a fully online (toàn trình) service needs the result file — chosen now or attached before —
 * or the word that it is handed over on paper (the API refuses otherwise, with the same field).
 */
export function resultFileProblem(input: {
  fullyOnline: boolean;
  hasFile: boolean;
  onPaper: boolean;
  hasAttachedResult: boolean;
}): 'required' | null {
  return input.fullyOnline && !input.hasFile && !input.onPaper && !input.hasAttachedResult
    ? 'required'
    : null;
}

export interface AttachmentGroup {
  key: string;
  /** The component's name; null for the result and for files outside the procedure's components. */
  name: string | null;
  kind: 'component' | 'result' | 'other';
  files: Dossier['attachments'];
}

/** The attachments under their components (in the procedure's order), then the result, then any other file. */
export function attachmentGroups(d: Pick<Dossier, 'attachments' | 'components'>): AttachmentGroup[] {
  const groups: AttachmentGroup[] = d.components
    .map(
      (c): AttachmentGroup => ({
        key: c.key,
        name: c.name,
        kind: 'component',
        files: d.attachments.filter((a) => a.componentKey === c.key),
      }),
    )
    .filter((g) => g.files.length > 0);
  const known = new Set(d.components.map((c) => c.key));
  const results = d.attachments.filter((a) => a.componentKey === RESULT_COMPONENT_KEY);
  if (results.length) groups.push({ key: RESULT_COMPONENT_KEY, name: null, kind: 'result', files: results });
  const other = d.attachments.filter(
    (a) => a.componentKey !== RESULT_COMPONENT_KEY && (a.componentKey === null || !known.has(a.componentKey)),
  );
  if (other.length) groups.push({ key: 'other', name: null, kind: 'other', files: other });
  return groups;
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
  if (!dueAt || !OPEN_STATES.includes(state)) return 'none';
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
