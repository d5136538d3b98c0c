import { describe, expect, it } from 'vitest';
import { type ChainedFields, canonicalJson, chainHash, GENESIS_HASH } from './hash-chain.ts';

const record: ChainedFields = {
  seq: 1,
  id: '00000000-0000-4000-8000-000000000001',
  occurredAt: new Date('2021-02-05T09:40:00.123Z'),
  actorKind: 'official',
  actorId: 'u1',
  actorName: 'Nguyễn Văn An',
  agencyId: null,
  action: 'identity.official.create',
  objectType: 'official',
  objectId: 'x',
  summary: { b: 1, a: { d: [1, 2], c: 'ư' } },
  requestId: 'r',
  ip: null,
};

describe('audit hash chain', () => {
  it('does not depend on the order of keys in the summary', () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    const reordered = { ...record, summary: { a: { c: 'ư', d: [1, 2] }, b: 1 } };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, record));
  });

  it('changes when any field or the previous hash changes', () => {
    const base = chainHash(GENESIS_HASH, record);
    expect(chainHash('1'.repeat(64), record)).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...record, actorName: 'Nguyễn Văn Ân' })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...record, seq: 2 })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...record, summary: { b: 2, a: { d: [1, 2], c: 'ư' } } })).not.toBe(
      base,
    );
  });
});
