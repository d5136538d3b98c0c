import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  type DraftStorage,
  draftKey,
  loadDraft,
  makeIdempotencyKey,
  newDraft,
  saveDraft,
} from './draft.ts';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('application draft (autosave)', () => {
  it('keeps the same Idempotency-Key across saves and reloads, so a double submit cannot make two dossiers', () => {
    const storage = memoryStorage();
    let n = 0;
    const draft = newDraft('p1', () => `key-000${++n}`, { name: 'Nguyễn Văn An' });
    saveDraft(storage, { ...draft, values: { 'to-khai.hoTen': 'Nguyễn Văn An' } });
    const again = loadDraft(storage, 'p1');
    expect(again?.idempotencyKey).toBe('key-0001');
    expect(again?.values).toEqual({ 'to-khai.hoTen': 'Nguyễn Văn An' });
    expect(again?.applicant.name).toBe('Nguyễn Văn An');
    expect(n).toBe(1);
  });

  it('ignores drafts of another procedure, broken JSON and storage that refuses', () => {
    const storage = memoryStorage();
    saveDraft(
      storage,
      newDraft('p1', () => 'key-00001'),
    );
    expect(loadDraft(storage, 'p2')).toBeNull();
    storage.map.set(draftKey('p2'), '{not json');
    expect(loadDraft(storage, 'p2')).toBeNull();
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadDraft(refusing, 'p1')).toBeNull();
    expect(() =>
      saveDraft(
        refusing,
        newDraft('p1', () => 'key-00001'),
      ),
    ).not.toThrow();
    expect(() => clearDraft(refusing, 'p1')).not.toThrow();
  });

  it('forgets the draft once submitted', () => {
    const storage = memoryStorage();
    saveDraft(
      storage,
      newDraft('p1', () => 'key-00001'),
    );
    clearDraft(storage, 'p1');
    expect(loadDraft(storage, 'p1')).toBeNull();
  });

  it('makes keys the API accepts (8–128 of letters, digits, . _ : -)', () => {
    const key = makeIdempotencyKey();
    expect(key).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    expect(makeIdempotencyKey()).not.toBe(key);
  });
});
