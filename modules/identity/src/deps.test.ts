import type { SharedDeps } from '@openprovince/platform/module';
import { describe, expect, it } from 'vitest';
import { identityDepsFrom } from './deps.ts';
import { readReauthProof, signReauthProof } from './domain/reauth-proof.ts';

/** Only what identityDepsFrom reads; the database is not touched. */
const sharedWith = (cookieSecret: string) =>
  ({
    db: undefined,
    now: () => new Date('2021-02-05T09:40:00Z'),
    ports: { roleTable: { roles: {}, grants: [] } },
    config: { cookieSecret, signIn: {}, secureCookies: false, devIdentityProvider: false },
  }) as unknown as SharedDeps;

describe('identity deps from the shared deps', () => {
  it('derives the re-authentication key from the configuration: another instance accepts the proof', () => {
    const one = identityDepsFrom(sharedWith('cookie-secret-of-the-province-0001'));
    const two = identityDepsFrom(sharedWith('cookie-secret-of-the-province-0001'));
    const other = identityDepsFrom(sharedWith('cookie-secret-of-another-platform'));
    const at = new Date('2021-02-05T09:39:00Z');
    const proof = signReauthProof(one.reauthKey, { officialId: 'o-1', at });
    expect(readReauthProof(two.reauthKey, proof, { officialId: 'o-1' })).toEqual(at);
    expect(readReauthProof(other.reauthKey, proof, { officialId: 'o-1' })).toBeNull();
  });
});
