import { type Actor, type AppError, systemActor } from '@openprovince/platform';
import { checkWorkflow } from '@openprovince/platform/workflow';
import { describe, expect, it } from 'vitest';
import { PKI_GRANTS } from '../contracts/index.ts';
import { CERTIFICATE_EFFECTS, certificateWorkflow, performer, requestWorkflow } from './workflow.ts';

const official = (permissions: readonly string[]): Actor => ({
  kind: 'official',
  userId: 'u',
  username: 'u',
  fullName: 'U',
  agencyId: 'a1',
  roles: [],
  permissions: new Set(permissions),
});
const citizen: Actor = { kind: 'citizen', citizenId: 'c', fullName: 'C' };
const officer = official(PKI_GRANTS.certificate_officer);
const clerk = official(PKI_GRANTS.clerk);

const code = (f: () => unknown) => {
  try {
    f();
    return 'allowed';
  } catch (e) {
    return (e as AppError).code;
  }
};

describe('pki workflows', () => {
  it('checkWorkflow finds no fault; a clerk holding the organisation key and a citizen change nothing', () => {
    expect(
      checkWorkflow(certificateWorkflow, {
        forbidden: [
          { action: 'revoke', performer: performer(clerk), because: 'signing is not managing certificates' },
          { action: 'suspend', performer: { actor: citizen, isOwner: true }, because: 'citizens hold none' },
        ],
      }),
    ).toEqual([]);
    expect(
      checkWorkflow(requestWorkflow, {
        forbidden: [{ action: 'approve', performer: performer(clerk), because: 'only officers decide' }],
      }),
    ).toEqual([]);
  });

  it('revocation is final; suspend and resume go between active and suspended; requests are decided once', () => {
    const cert = (state: 'active' | 'suspended' | 'revoked', action: 'suspend' | 'resume' | 'revoke') =>
      code(() => certificateWorkflow.decide({ state, action, performer: performer(officer) }));
    expect(cert('active', 'suspend')).toBe('allowed');
    expect(cert('suspended', 'suspend')).toBe('INVALID_STATE');
    expect(cert('active', 'resume')).toBe('INVALID_STATE');
    expect(cert('suspended', 'revoke')).toBe('allowed');
    expect(cert('revoked', 'resume')).toBe('INVALID_STATE');
    expect(certificateWorkflow.terminal).toEqual(['revoked']);
    expect(
      code(() =>
        requestWorkflow.decide({ state: 'approved', action: 'approve', performer: performer(officer) }),
      ),
    ).toBe('INVALID_STATE');
    expect(
      code(() =>
        requestWorkflow.decide({ state: 'pending', action: 'approve', performer: performer(clerk) }),
      ),
    ).toBe('FORBIDDEN');
    // The demo seed and jobs act as the platform.
    expect(
      requestWorkflow.decide({ state: 'approved', action: 'issue', performer: performer(systemActor('t')) })
        .to,
    ).toBe('issued');
  });

  it('effects: suspending stamps the time, resuming clears it, revoking keeps the reason and ends a suspension', () => {
    const now = new Date('2026-03-01T02:00:00Z');
    expect(CERTIFICATE_EFFECTS.suspend({ now })).toEqual({ suspendedAt: now });
    expect(CERTIFICATE_EFFECTS.resume({ now })).toEqual({ suspendedAt: null });
    expect(CERTIFICATE_EFFECTS.revoke({ now, reason: 'keyCompromise' })).toEqual({
      revokedAt: now,
      revocationReason: 'keyCompromise',
      suspendedAt: null,
    });
    expect(CERTIFICATE_EFFECTS.supersede({ now }).revocationReason).toBe('superseded');
  });
});
