import { type Actor, AppError, systemActor } from '@openprovince/platform';
import { checkWorkflow } from '@openprovince/platform/workflow';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_GRANTS, DOCUMENT_PERMISSIONS } from '../contracts/permissions.ts';
import {
  INCOMING_EFFECTS,
  INCOMING_STATES,
  INCOMING_TERMINAL,
  incomingActionsFor,
  incomingPerformer,
  incomingWorkflow,
  OUTGOING_STATES,
  OUTGOING_TERMINAL,
  outgoingActionsFor,
  outgoingPerformer,
  outgoingWorkflow,
  recallCancels,
} from './workflow.ts';

const as = (role: keyof typeof DOCUMENT_GRANTS): Actor => ({
  kind: 'official',
  userId: role,
  username: role,
  fullName: role,
  agencyId: 'a1',
  roles: [role],
  permissions: new Set<string>(DOCUMENT_GRANTS[role]),
});
const citizen: Actor = { kind: 'citizen', citizenId: 'c', fullName: 'C' };

describe('workflow tables', () => {
  it('checkWorkflow finds no fault: every state reachable, no dead end, terminals closed; citizens take nothing', () => {
    expect(
      checkWorkflow(outgoingWorkflow, {
        forbidden: [
          { action: 'sign', performer: { actor: citizen, isOwner: true }, because: 'only leaders sign' },
          {
            action: 'issue',
            performer: outgoingPerformer(as('specialist'), 'signed'),
            because: 'a drafter never numbers and issues',
          },
          {
            action: 'sign',
            performer: outgoingPerformer(systemActor('test'), 'in_review'),
            because: 'no job signs for a leader',
          },
        ],
      }),
    ).toEqual([]);
    expect(
      checkWorkflow(incomingWorkflow, {
        forbidden: [
          {
            action: 'register',
            performer: { actor: citizen, isOwner: true },
            because: 'the clerk registers',
          },
          { action: 'direct', performer: incomingPerformer(as('clerk')), because: 'leaders direct' },
        ],
      }),
    ).toEqual([]);
  });

  it('terminal states are exactly the ones without actions', () => {
    expect(OUTGOING_TERMINAL).toEqual(['recalled', 'replaced', 'cancelled']);
    expect(INCOMING_TERMINAL).toEqual(['finished', 'returned', 'cancelled']);
    for (const s of OUTGOING_STATES)
      expect(outgoingWorkflow.actionsFrom(s).length === 0).toBe(OUTGOING_TERMINAL.includes(s));
    for (const s of INCOMING_STATES)
      expect(incomingWorkflow.actionsFrom(s).length === 0).toBe(INCOMING_TERMINAL.includes(s));
  });

  it('the tables name the same states as the lists the schema and filters use', () => {
    expect([...outgoingWorkflow.states].sort()).toEqual([...OUTGOING_STATES].sort());
    expect([...incomingWorkflow.states].sort()).toEqual([...INCOMING_STATES].sort());
  });

  it('who may do what on an outgoing document', () => {
    expect(outgoingActionsFor('draft', as('specialist')).sort()).toEqual(['cancel', 'edit', 'submit']);
    expect(outgoingActionsFor('in_review', as('leader')).sort()).toEqual(['cancel', 'return', 'sign']);
    expect(outgoingActionsFor('in_review', as('specialist'))).toEqual([]);
    // Cancelling depends on the stage: a leader does not cancel a draft, a drafter not a document in review.
    expect(outgoingActionsFor('draft', as('leader'))).toEqual([]);
    expect(outgoingActionsFor('signed', as('clerk'))).toEqual(['issue']);
    expect(outgoingActionsFor('signed', as('specialist'))).toEqual([]);
    expect(outgoingActionsFor('issued', as('clerk')).sort()).toEqual(['recall', 'replace']);
    expect(outgoingActionsFor('issued', as('auditor'))).toEqual([]);
    expect(outgoingActionsFor('draft', citizen)).toEqual([]);
  });

  it('who may do what on an incoming document', () => {
    expect(incomingActionsFor('arrived', as('clerk')).sort()).toEqual(['cancel', 'register', 'return']);
    expect(incomingActionsFor('presented', as('leader'))).toEqual(['direct']);
    expect(incomingActionsFor('assigned', as('specialist')).sort()).toEqual(['finish', 'start']);
    expect(incomingActionsFor('arrived', as('leader'))).toEqual([]);
    expect(incomingActionsFor('arrived', systemActor('test'))).toEqual([]);
  });

  it('status codes sent back: 03 register, 04 direct (first time only), 05 start, 06 finish, 02 return, 15 cancel', () => {
    expect(INCOMING_EFFECTS.register.status('arrived')).toBe('03');
    expect(INCOMING_EFFECTS.direct.status('presented')).toBe('04');
    expect(INCOMING_EFFECTS.direct.status('registered')).toBe('04');
    expect(INCOMING_EFFECTS.direct.status('assigned')).toBeUndefined();
    expect(INCOMING_EFFECTS.start.status('assigned')).toBe('05');
    expect(INCOMING_EFFECTS.finish.status('processing')).toBe('06');
    expect(INCOMING_EFFECTS.return.status('arrived')).toBe('02');
    expect(INCOMING_EFFECTS.cancel.status('registered')).toBe('15');
    expect(INCOMING_EFFECTS.present.status('registered')).toBeUndefined();
  });

  it("a sender's recall cancels a copy until it is finished or returned", () => {
    expect(recallCancels('processing')).toBe(true);
    expect(recallCancels('finished')).toBe(false);
    expect(recallCancels('returned')).toBe(false);
    expect(recallCancels('cancelled')).toBe(false);
  });

  it('decide: a specialist cannot issue (403); nothing happens in a terminal state (409), not even for the platform', () => {
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as AppError).code;
      }
      return 'none';
    };
    const outgoing = (state: (typeof OUTGOING_STATES)[number], action: 'issue' | 'recall', actor: Actor) =>
      outgoingWorkflow.decide({ state, action, performer: outgoingPerformer(actor, state) });
    expect(err(() => outgoing('signed', 'issue', as('specialist')))).toBe('FORBIDDEN');
    expect(err(() => outgoing('recalled', 'recall', as('clerk')))).toBe('INVALID_STATE');
    expect(
      err(() =>
        incomingWorkflow.decide({
          state: 'finished',
          action: 'cancel',
          performer: incomingPerformer(systemActor('test')),
        }),
      ),
    ).toBe('INVALID_STATE');
    expect(outgoing('signed', 'issue', as('clerk')).to).toBe('issued');
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
