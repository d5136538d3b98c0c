import { AppError } from '@openprovince/platform';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_GRANTS, DOCUMENT_PERMISSIONS } from '../contracts/permissions.ts';
import {
  allowedActions,
  INCOMING_FLOW,
  INCOMING_STATES,
  INCOMING_TERMINAL,
  OUTGOING_FLOW,
  OUTGOING_STATES,
  OUTGOING_TERMINAL,
  transition,
} from './workflow.ts';

const perms = (role: keyof typeof DOCUMENT_GRANTS) => new Set<string>(DOCUMENT_GRANTS[role]);

describe('workflow tables', () => {
  it('terminal states are exactly the ones without actions', () => {
    expect(OUTGOING_TERMINAL).toEqual(['recalled', 'replaced', 'cancelled']);
    expect(INCOMING_TERMINAL).toEqual(['finished', 'returned', 'cancelled']);
  });

  it('every step leads to a known state', () => {
    for (const s of OUTGOING_STATES)
      for (const step of Object.values(OUTGOING_FLOW[s])) expect(OUTGOING_STATES).toContain(step!.to);
    for (const s of INCOMING_STATES)
      for (const step of Object.values(INCOMING_FLOW[s])) expect(INCOMING_STATES).toContain(step!.to);
  });

  it('every non-terminal outgoing state is reachable from draft and can reach a terminal state', () => {
    const reach = new Set<string>(['draft']);
    for (let i = 0; i < 10; i++)
      for (const s of [...reach])
        for (const st of Object.values(OUTGOING_FLOW[s as 'draft'])) reach.add(st!.to);
    expect([...reach].sort()).toEqual([...OUTGOING_STATES].sort());
  });

  it('who may do what on an outgoing document', () => {
    expect(allowedActions(OUTGOING_FLOW, 'draft', perms('specialist')).sort()).toEqual([
      'cancel',
      'edit',
      'submit',
    ]);
    expect(allowedActions(OUTGOING_FLOW, 'in_review', perms('leader')).sort()).toEqual([
      'cancel',
      'return',
      'sign',
    ]);
    expect(allowedActions(OUTGOING_FLOW, 'in_review', perms('specialist'))).toEqual([]);
    expect(allowedActions(OUTGOING_FLOW, 'signed', perms('clerk'))).toEqual(['issue']);
    expect(allowedActions(OUTGOING_FLOW, 'signed', perms('specialist'))).toEqual([]);
    expect(allowedActions(OUTGOING_FLOW, 'issued', perms('clerk')).sort()).toEqual(['recall', 'replace']);
    expect(allowedActions(OUTGOING_FLOW, 'issued', perms('auditor'))).toEqual([]);
  });

  it('who may do what on an incoming document', () => {
    expect(allowedActions(INCOMING_FLOW, 'arrived', perms('clerk')).sort()).toEqual([
      'cancel',
      'register',
      'return',
    ]);
    expect(allowedActions(INCOMING_FLOW, 'presented', perms('leader'))).toEqual(['direct']);
    expect(allowedActions(INCOMING_FLOW, 'assigned', perms('specialist')).sort()).toEqual([
      'finish',
      'start',
    ]);
    expect(allowedActions(INCOMING_FLOW, 'arrived', perms('leader'))).toEqual([]);
  });

  it('status codes sent back: 03 register, 04 direct, 05 start, 06 finish, 02 return, 15 cancel', () => {
    expect(INCOMING_FLOW.arrived.register?.status).toBe('03');
    expect(INCOMING_FLOW.presented.direct?.status).toBe('04');
    expect(INCOMING_FLOW.assigned.start?.status).toBe('05');
    expect(INCOMING_FLOW.processing.finish?.status).toBe('06');
    expect(INCOMING_FLOW.arrived.return?.status).toBe('02');
    expect(INCOMING_FLOW.registered.cancel?.status).toBe('15');
  });

  it('transition: a specialist cannot issue (403); nothing happens in a terminal state (409)', () => {
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as AppError).code;
      }
      return 'none';
    };
    expect(
      err(() =>
        transition({
          flow: OUTGOING_FLOW,
          state: 'signed',
          action: 'issue',
          permissions: perms('specialist'),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      err(() =>
        transition({ flow: OUTGOING_FLOW, state: 'recalled', action: 'recall', permissions: perms('clerk') }),
      ),
    ).toBe('INVALID_STATE');
    expect(
      err(() =>
        transition({ flow: INCOMING_FLOW, state: 'finished', action: 'cancel', permissions: 'system' }),
      ),
    ).toBe('INVALID_STATE');
    expect(
      transition({ flow: OUTGOING_FLOW, state: 'signed', action: 'issue', permissions: perms('clerk') }),
    ).toEqual({ to: 'issued' });
    expect(new AppError('FORBIDDEN').code).toBe('FORBIDDEN');
  });

  it('grants: specialist drafts, leader signs and directs, clerk numbers/issues/registers/recalls, auditor reads and sees the province', () => {
    const P = DOCUMENT_PERMISSIONS;
    expect(DOCUMENT_GRANTS.specialist).toContain(P.draft);
    expect(DOCUMENT_GRANTS.specialist).not.toContain(P.issue);
    expect(DOCUMENT_GRANTS.leader).toEqual(expect.arrayContaining([P.sign, P.direct]));
    expect(DOCUMENT_GRANTS.clerk).toEqual(
      expect.arrayContaining([P.issue, P.register, P.recall, P.manageRegisters]),
    );
    expect(DOCUMENT_GRANTS.auditor).toEqual([P.read, P.stats, P.statsAll]);
    // Province-wide figures only for those who read across agencies, never for an agency's own leader.
    expect(DOCUMENT_GRANTS.leader).not.toContain(P.statsAll);
    expect(DOCUMENT_GRANTS.clerk).not.toContain(P.statsAll);
  });
});
