/**
 * The application draft lives on the server (POST/PUT /api/dossier-drafts, see hooks/use-server-draft.ts),
 * never in the browser's storage: on a shared computer, the identity number and date of birth must not stay
 * behind after sign-out. Earlier versions kept drafts in localStorage and chosen files in sessionStorage
 * under these prefixes; `clearLocalDrafts` removes any such copy (at sign-out and when a draft opens).
 */
export const LOCAL_DRAFT_PREFIXES = ['openprovince.draft.', 'openprovince.files.'] as const;

export interface KeyedStorage {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
}

/** Removes every local copy of a draft from the given storages; returns how many entries went. */
export function clearLocalDrafts(storages: readonly (KeyedStorage | undefined)[]): number {
  let removed = 0;
  for (const storage of storages) {
    if (!storage) continue;
    try {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key && LOCAL_DRAFT_PREFIXES.some((p) => key.startsWith(p))) keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
      removed += keys.length;
    } catch {
      // A storage the browser refuses (private mode): nothing can have been kept there.
    }
  }
  return removed;
}

/** The browser's local and session storage, where reachable. */
export function browserStorages(): (KeyedStorage | undefined)[] {
  const get = (name: 'localStorage' | 'sessionStorage') => {
    try {
      return window[name];
    } catch {
      return undefined;
    }
  };
  return [get('localStorage'), get('sessionStorage')];
}

/** A random Idempotency-Key (8–128 of letters, digits, . _ : -, as the API requires). */
export function makeIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return `web-${crypto.randomUUID()}`;
  return `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
