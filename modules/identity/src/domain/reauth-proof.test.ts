import { describe, expect, it } from 'vitest';
import { readReauthProof, reauthKeyFrom, signReauthProof } from './reauth-proof.ts';

const key = reauthKeyFrom('test-cookie-secret-test-cookie-secret');
const at = new Date('2021-02-05T09:40:00Z');
const officialId = '6f1c2a9e-0000-4000-8000-000000000001';

describe('re-authentication proof', () => {
  it('names the official and the instant, for that official only', () => {
    const proof = signReauthProof(key, { officialId, at });
    expect(readReauthProof(key, proof, { officialId })).toEqual(at);
    expect(readReauthProof(key, proof, { officialId: '6f1c2a9e-0000-4000-8000-000000000002' })).toBeNull();
  });

  it('refuses a proof with its time moved, made with another key, or malformed', () => {
    const proof = signReauthProof(key, { officialId, at });
    const [id, , mac] = proof.split('.');
    expect(readReauthProof(key, `${id}.${at.getTime() + 600_000}.${mac}`, { officialId })).toBeNull();
    expect(readReauthProof(reauthKeyFrom('another-secret-another-secret'), proof, { officialId })).toBeNull();
    expect(readReauthProof(key, 'x', { officialId })).toBeNull();
    expect(readReauthProof(key, `${officialId}.${at.toISOString()}.${mac}`, { officialId })).toBeNull();
  });
});
