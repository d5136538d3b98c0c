import { describe, expect, it } from 'vitest';
import { clearLocalDrafts, type KeyedStorage, makeIdempotencyKey } from './draft.ts';

/** A Storage as the browser has it (keys enumerable by index). */
function memoryStorage(entries: Record<string, string>): KeyedStorage & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    entries: map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => {
      map.delete(k);
    },
  };
}

describe('local copies of application drafts', () => {
  it('removes every draft and chosen-file copy at sign-out, from both storages, and keeps the language', () => {
    const local = memoryStorage({
      'openprovince.draft.p1': JSON.stringify({ values: { 'to-khai.soDinhDanh': '084190000001' } }),
      'openprovince.draft.p2': '{}',
      'openprovince.language': 'vi',
    });
    const session = memoryStorage({ 'openprovince.files.p1': '{"giay-to":{}}', 'other.app': 'x' });
    expect(clearLocalDrafts([local, session, undefined])).toBe(3);
    expect([...local.entries.keys()]).toEqual(['openprovince.language']);
    expect([...session.entries.keys()]).toEqual(['other.app']);
    expect(JSON.stringify([...local.entries, ...session.entries])).not.toContain('084190000001');
  });

  it('survives a storage the browser refuses', () => {
    const refusing: KeyedStorage = {
      get length(): number {
        throw new Error('SecurityError');
      },
      key: () => null,
      removeItem: () => undefined,
    };
    expect(clearLocalDrafts([refusing])).toBe(0);
  });

  it('makes keys the API accepts (8–128 of letters, digits, . _ : -)', () => {
    const key = makeIdempotencyKey();
    expect(key).toMatch(/^[\w.:-]{8,128}$/);
    expect(makeIdempotencyKey()).not.toBe(key);
  });
});
