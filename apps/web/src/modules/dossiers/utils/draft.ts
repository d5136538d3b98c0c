import type { ApplicantDetails } from './wizard.ts';

/**
 * The application draft, saved in localStorage after every page so that a closed tab or a lost
 * connection costs nothing. The Idempotency-Key is made once with the draft and sent with the submission:
 * a double click or a retry after a timeout replays the same dossier instead of filing a second one.
 */
export interface Draft {
  version: 1;
  procedureId: string;
  idempotencyKey: string;
  values: Record<string, string>;
  applicant: ApplicantDetails;
  updatedAt: string;
}

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const draftKey = (procedureId: string) => `openprovince.draft.${procedureId}`;

export function newDraft(
  procedureId: string,
  makeKey: () => string,
  applicant: Partial<ApplicantDetails> = {},
  now: Date = new Date(),
): Draft {
  return {
    version: 1,
    procedureId,
    idempotencyKey: makeKey(),
    values: {},
    applicant: { name: '', phone: '', email: '', address: '', ...applicant },
    updatedAt: now.toISOString(),
  };
}

function isDraft(value: unknown, procedureId: string): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Partial<Draft>;
  return (
    d.version === 1 &&
    d.procedureId === procedureId &&
    typeof d.idempotencyKey === 'string' &&
    d.idempotencyKey.length >= 8 &&
    !!d.values &&
    typeof d.values === 'object' &&
    !!d.applicant &&
    typeof d.applicant === 'object'
  );
}

/** The saved draft of a procedure, or null (none, unreadable, another format, storage refused). */
export function loadDraft(storage: DraftStorage | undefined, procedureId: string): Draft | null {
  try {
    const text = storage?.getItem(draftKey(procedureId));
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return isDraft(value, procedureId) ? value : null;
  } catch {
    return null;
  }
}

export function saveDraft(storage: DraftStorage | undefined, draft: Draft, now: Date = new Date()): Draft {
  const next = { ...draft, updatedAt: now.toISOString() };
  try {
    storage?.setItem(draftKey(draft.procedureId), JSON.stringify(next));
  } catch {
    // Private browsing or a full quota: the draft lives on in memory until the tab is closed.
  }
  return next;
}

export function clearDraft(storage: DraftStorage | undefined, procedureId: string): void {
  try {
    storage?.removeItem(draftKey(procedureId));
  } catch {
    // Nothing to do: see saveDraft.
  }
}

/** A random Idempotency-Key (8–128 of letters, digits, . _ : -, as the API requires). */
export function makeIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return `web-${crypto.randomUUID()}`;
  return `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
