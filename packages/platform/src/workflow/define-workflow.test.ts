import { describe, expect, it } from 'vitest';
import type { Actor } from '../context/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { checkWorkflow } from './check-workflow.ts';
import { defineWorkflow, type WorkflowEffects } from './define-workflow.ts';

const official = (permissions: string[], agencyId = 'a1'): Actor => ({
  kind: 'official',
  userId: 'u',
  username: 'u',
  fullName: 'U',
  agencyId,
  roles: [],
  permissions: new Set(permissions),
});
const citizen: Actor = { kind: 'citizen', citizenId: 'c', fullName: 'C' };

// A petition-like flow, small enough to read and with every feature of the kit.
const petitions = defineWorkflow({
  subject: { vi: 'đơn', en: 'petition' },
  states: {
    received: { vi: 'Đã tiếp nhận', en: 'Received' },
    handling: { vi: 'Đang xử lý', en: 'Handling' },
    answered: { vi: 'Đã trả lời', en: 'Answered', terminal: true },
    filed: { vi: 'Lưu đơn', en: 'Filed', terminal: true },
  },
  transitions: {
    receive: {
      from: [],
      to: 'received',
      by: { owner: true, permissions: ['p:receive'] },
      label: { vi: 'Nhận đơn', en: 'Receive' },
    },
    assign: {
      from: ['received'],
      to: 'handling',
      by: { permissions: ['p:assign'] },
      label: { vi: 'Giao xử lý', en: 'Assign' },
    },
    note: {
      from: ['received', 'handling'],
      to: 'same',
      by: { permissions: ['p:assign'] },
      label: { vi: 'Ghi chú', en: 'Note' },
    },
    close: {
      from: ['handling'],
      to: ['answered', 'filed'],
      by: { permissions: ['p:close'], scope: 'handler' },
      noteRequired: true,
      label: { vi: 'Kết thúc', en: 'Close' },
    },
  },
});

describe('defineWorkflow', () => {
  it('decides where an action leads, and lets the module choose among several targets', () => {
    const d = petitions.decide({
      state: 'received',
      action: 'assign',
      performer: { actor: official(['p:assign']) },
    });
    expect(d.to).toBe('handling');
    const close = petitions.decide({
      state: 'handling',
      action: 'close',
      performer: { actor: official(['p:close']) },
      note: 'Đã trả lời bằng văn bản',
    });
    expect(close.to).toBeUndefined();
    expect(close.candidates).toEqual(['answered', 'filed']);
    expect(petitions.target(close, 'filed')).toBe('filed');
    expect(() => petitions.target(close, 'received')).toThrow();
    expect(
      petitions.decide({ state: 'handling', action: 'note', performer: { actor: official(['p:assign']) } })
        .to,
    ).toBe('handling');
  });

  it('refuses the wrong state with 409 in Vietnamese, naming the state', () => {
    const err = (() => {
      try {
        petitions.decide({
          state: 'answered',
          action: 'assign',
          performer: { actor: official(['p:assign']) },
        });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect(err?.code).toBe('INVALID_STATE');
    expect(err?.options.detail).toBe('Không thể "Giao xử lý" khi đơn ở trạng thái "Đã trả lời"');
  });

  it('authorization: refuses a performer without the permission (403), outside the scope (403 or 404) and an anonymous or foreign citizen', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return 'allowed';
      } catch (e) {
        return (e as AppError).code;
      }
    };
    expect(
      code(() =>
        petitions.decide({ state: 'received', action: 'assign', performer: { actor: official([]) } }),
      ),
    ).toBe('FORBIDDEN');
    const outside = { actor: official(['p:close']), inScope: (s: string) => s !== 'handler' };
    expect(
      code(() => petitions.decide({ state: 'handling', action: 'close', performer: outside, note: 'x' })),
    ).toBe('FORBIDDEN');
    expect(
      code(() =>
        petitions.decide({
          state: 'handling',
          action: 'close',
          performer: outside,
          note: 'x',
          hideOutOfScope: true,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      code(() =>
        petitions.decide({ state: null, action: 'receive', performer: { actor: citizen, isOwner: false } }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(() =>
        petitions.decide({ state: null, action: 'receive', performer: { actor: citizen, isOwner: true } }),
      ),
    ).toBe('allowed');
    expect(
      code(() =>
        petitions.decide({ state: null, action: 'receive', performer: { actor: { kind: 'anonymous' } } }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('requires the reason where the rule says so, on the note field', () => {
    try {
      petitions.decide({
        state: 'handling',
        action: 'close',
        performer: { actor: official(['p:close']) },
        note: '  ',
      });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).code).toBe('VALIDATION_FAILED');
      expect((e as AppError).options.errors?.[0]?.path).toBe('/body/note');
    }
  });

  it('lists the actions a performer may take now', () => {
    expect(petitions.availableActions('received', { actor: official(['p:assign', 'p:close']) })).toEqual([
      'assign',
      'note',
    ]);
    expect(petitions.availableActions('handling', { actor: official(['p:close']) })).toEqual(['close']);
    expect(petitions.availableActions('answered', { actor: official(['p:assign', 'p:close']) })).toEqual([]);
    expect(petitions.availableActions(null, { actor: citizen, isOwner: true })).toEqual(['receive']);
  });

  it('types effects as a record over the actions, so a forgotten action does not compile', () => {
    const effects: WorkflowEffects<typeof petitions, () => string> = {
      receive: () => 'r',
      assign: () => 'a',
      note: () => 'n',
      close: () => 'c',
    };
    // @ts-expect-error: `close` is missing
    const incomplete: WorkflowEffects<typeof petitions, () => string> = {
      receive: () => 'r',
      assign: () => 'a',
      note: () => 'n',
    };
    expect(Object.keys(effects)).toHaveLength(4);
    expect(incomplete).toBeDefined();
  });
});

describe('checkWorkflow', () => {
  it('finds nothing wrong with a sound table, and checks forbidden performers', () => {
    expect(
      checkWorkflow(petitions, {
        forbidden: [
          {
            action: 'close',
            performer: { actor: citizen, isOwner: true },
            because: 'a petitioner never closes their own petition',
          },
        ],
      }),
    ).toEqual([]);
  });

  it('names each fault of a broken table', () => {
    const broken = defineWorkflow({
      subject: { vi: 'x', en: 'x' },
      states: {
        a: { vi: 'A', en: 'A' },
        b: { vi: 'B', en: 'B' },
        done: { vi: 'Xong', en: 'Done', terminal: true },
        orphan: { vi: 'Mồ côi', en: 'Orphan' },
      },
      transitions: {
        create: { from: [], to: 'a', by: { permissions: ['x'] }, label: { vi: 'Tạo', en: 'Create' } },
        go: { from: ['a'], to: 'b', by: { owner: true }, label: { vi: 'Đi', en: 'Go' } },
        reopen: {
          from: ['done'],
          to: 'a',
          by: { permissions: ['x'] },
          label: { vi: 'Mở lại', en: 'Reopen' },
        },
        nobody: { from: ['a'], to: 'done', by: {}, label: { vi: 'Không ai', en: 'Nobody' } },
      },
    });
    expect(
      checkWorkflow(broken, {
        forbidden: [
          { action: 'go', performer: { actor: citizen, isOwner: true }, because: 'citizens never move it' },
        ],
      }),
    ).toEqual([
      'terminal state "done" has a way out: "reopen"',
      'nobody may take "nobody"',
      'state "b" is a dead end but not terminal',
      'state "orphan" cannot be reached',
      'state "orphan" is a dead end but not terminal',
      '"go" is allowed to a performer who must be refused (citizens never move it)',
    ]);
  });
});
