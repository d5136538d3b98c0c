import type { Actor, OfficialActor } from '@openprovince/platform';
import { checkWorkflow } from '@openprovince/platform/workflow';
import { describe, expect, it } from 'vitest';
import { DOSSIER_GRANTS, DOSSIER_PERMISSIONS } from '../contracts/permissions.ts';
import { DOSSIER_STATES } from '../contracts/states.ts';
import { DEFAULT_STEPS, type DossierAction, decideTransition, dossierWorkflow } from './workflow.ts';

const RULES = dossierWorkflow.definition.transitions;

const official = (roles: (keyof typeof DOSSIER_GRANTS)[], agencyId = 'A'): OfficialActor => ({
  kind: 'official',
  userId: 'u',
  username: 'u',
  fullName: 'U',
  agencyId,
  roles,
  permissions: new Set(roles.flatMap((r) => [...DOSSIER_GRANTS[r]])),
});
const citizen: Actor = { kind: 'citizen', citizenId: 'c1', fullName: 'Công Dân' };
const base = { isOwner: false, isHomeAgency: true, isStepAgency: true, steps: DEFAULT_STEPS, note: 'lý do' };

describe('dossier workflow table', () => {
  it('the table is sound: every state reachable, terminal states closed, no citizen takes an official act', () => {
    const officialActs: DossierAction[] = [
      'approve',
      'process',
      'accept',
      'refuse',
      'return',
      'stop',
      'forward',
    ];
    const problems = checkWorkflow(dossierWorkflow, {
      forbidden: [
        ...officialActs.map((action) => ({
          action,
          performer: { actor: citizen, isOwner: true },
          because: 'an applicant never decides on their own dossier',
        })),
        {
          action: 'accept',
          performer: { actor: official(['one_stop_officer'], 'B'), inScope: () => false },
          because: 'another agency does not accept this agency’s dossiers',
        },
        {
          action: 'process',
          performer: { actor: official(['specialist'], 'A'), inScope: (s) => s !== 'step' },
          because: 'an inter-agency step belongs to its own agency',
        },
        {
          action: 'submit',
          performer: { actor: citizen, isOwner: false },
          because: 'nobody submits for another citizen',
        },
      ],
    });
    expect(problems).toEqual([]);
    expect([...dossierWorkflow.states].sort()).toEqual([...DOSSIER_STATES].sort());
    expect(dossierWorkflow.terminal).toEqual(['refused', 'withdrawn', 'stopped', 'returned']);
  });

  it('a forbidden performer the table allows is reported (planted: withdrawing is the applicant’s own right)', () => {
    expect(
      checkWorkflow(dossierWorkflow, {
        forbidden: [{ action: 'withdraw', performer: { actor: citizen, isOwner: true }, because: 'planted' }],
      }),
    ).toEqual(['"withdraw" is allowed to a performer who must be refused (planted)']);
  });

  it('no citizen can approve, process, accept, refuse or return', () => {
    for (const action of ['approve', 'process', 'accept', 'refuse', 'return', 'stop', 'forward'] as const) {
      expect(RULES[action].by.owner).toBeFalsy();
      const rule = RULES[action];
      expect(() =>
        decideTransition({
          ...base,
          state: rule.from[0]!,
          action,
          actor: citizen,
          isOwner: true,
          stepIndex: action === 'approve' ? 1 : 0,
        }),
      ).toThrow(/FORBIDDEN|may not/);
    }
  });

  it('terminal states have no way out, and every other state has one', () => {
    for (const s of DOSSIER_STATES) {
      expect(dossierWorkflow.actionsFrom(s).length === 0, s).toBe(dossierWorkflow.isTerminal(s));
    }
  });

  it("each action's roles match Decree 61's division of work", () => {
    const rolesFor = (action: keyof typeof RULES) =>
      (Object.keys(DOSSIER_GRANTS) as (keyof typeof DOSSIER_GRANTS)[]).filter((role) =>
        (RULES[action].by.permissions ?? []).some((p) =>
          (DOSSIER_GRANTS[role] as readonly string[]).includes(p),
        ),
      );
    expect(rolesFor('accept')).toEqual(['one_stop_officer']);
    expect(rolesFor('refuse')).toEqual(['one_stop_officer']);
    expect(rolesFor('request_supplement')).toEqual(['one_stop_officer']);
    expect(rolesFor('return')).toEqual(['one_stop_officer']);
    expect(rolesFor('process')).toEqual(['specialist']);
    expect(rolesFor('approve')).toEqual(['leader']);
    expect(RULES.withdraw.by.owner).toBe(true);
    expect(RULES.payment_received.by.system).toBe(true);
  });

  it('steps: process then approve leads to processed; the wrong step action is 409', () => {
    const spec = official(['specialist']);
    expect(
      decideTransition({ ...base, state: 'processing', action: 'process', actor: spec, stepIndex: 0 }),
    ).toMatchObject({
      to: 'processing',
      nextStepIndex: 1,
    });
    expect(() =>
      decideTransition({ ...base, state: 'processing', action: 'process', actor: spec, stepIndex: 1 }),
    ).toThrow(/not completed/);
    const leader = official(['leader']);
    expect(
      decideTransition({ ...base, state: 'processing', action: 'approve', actor: leader, stepIndex: 1 }),
    ).toMatchObject({
      to: 'processed',
      nextStepIndex: null,
    });
  });

  it('an inter-agency step belongs to its agency, not to the receiving agency', () => {
    const spec = official(['specialist'], 'B');
    const input = {
      ...base,
      state: 'processing' as const,
      action: 'process' as const,
      actor: spec,
      stepIndex: 0,
    };
    expect(decideTransition({ ...input, isHomeAgency: false, isStepAgency: true }).to).toBe('processing');
    expect(() => decideTransition({ ...input, isHomeAgency: true, isStepAgency: false })).toThrow(/may not/);
  });

  it('wrong state is INVALID_STATE; a refusal needs a reason', () => {
    const officer = official(['one_stop_officer']);
    expect(() =>
      decideTransition({ ...base, state: 'returned', action: 'accept', actor: officer, stepIndex: null }),
    ).toThrow(/Cannot/);
    expect(() =>
      decideTransition({
        ...base,
        state: 'submitted',
        action: 'refuse',
        actor: officer,
        stepIndex: null,
        note: '  ',
      }),
    ).toThrow(/reason/);
    expect(DOSSIER_PERMISSIONS.accept).toBe('dossiers:accept');
  });
});
