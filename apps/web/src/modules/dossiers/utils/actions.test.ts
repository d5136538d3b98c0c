import { describe, expect, it } from 'vitest';
import {
  actionButtons,
  actionTone,
  attachmentGroups,
  availableDocuments,
  deadlineStatus,
  documentName,
  recipientOf,
  resultFileProblem,
  returnAction,
} from './actions.ts';

type Action = ReturnType<typeof actionButtons>[number];
const next = (over: Partial<Action['next']> = {}): Action['next'] => ({
  state: 'processing',
  stateName: 'Đang xử lý',
  holder: 'specialist',
  step: { key: 'review', name: 'Thẩm định hồ sơ' },
  agencyId: 'a',
  agencyName: 'Sở Thông tin và Truyền thông',
  ...over,
});
const action = (name: Action['action'], over: Partial<Action> = {}): Action => ({
  action: name,
  name,
  nameEn: name,
  noteRequired: false,
  next: next(),
  ...over,
});

describe('dossier actions offered to officials', () => {
  it('shows the API’s actions as buttons, except the return (its own card) and the apology (needs a date)', () => {
    const d = {
      availableActions: [action('process'), action('return'), action('apologise'), action('stop')],
    };
    expect(actionButtons(d).map((a) => a.action)).toEqual(['process', 'stop']);
    expect(returnAction(d)?.action).toBe('return');
    expect(returnAction({ availableActions: [] })).toBeUndefined();
  });

  it('marks moving on as primary and refusing, stopping, withdrawing as danger', () => {
    expect(actionTone('forward')).toBe('primary');
    expect(actionTone('refuse')).toBe('danger');
    expect(actionTone('send_back')).toBe('default');
  });

  it('names who receives the dossier: a step’s role and agency, the one-stop section, or the applicant', () => {
    expect(recipientOf(next())).toEqual({
      kind: 'step',
      holder: 'specialist',
      step: 'Thẩm định hồ sơ',
      agency: 'Sở Thông tin và Truyền thông',
      state: 'Đang xử lý',
    });
    expect(recipientOf(next({ holder: 'one_stop', step: null, state: 'processed' })).kind).toBe('section');
    expect(recipientOf(next({ holder: 'applicant', stateName: 'Không được tiếp nhận' }))).toMatchObject({
      kind: 'applicant',
      state: 'Không được tiếp nhận',
    });
  });
});

describe('returning the result', () => {
  it('needs the file or "on paper" for a fully online service only', () => {
    const base = { fullyOnline: true, hasFile: false, onPaper: false, hasAttachedResult: false };
    expect(resultFileProblem(base)).toBe('required');
    expect(resultFileProblem({ ...base, hasFile: true })).toBeNull();
    expect(resultFileProblem({ ...base, onPaper: true })).toBeNull();
    expect(resultFileProblem({ ...base, hasAttachedResult: true })).toBeNull();
    expect(resultFileProblem({ ...base, fullyOnline: false })).toBeNull();
  });
});

describe('attachments by component', () => {
  const file = (id: string, componentKey: string | null) => ({
    id,
    componentKey,
    fileName: `${id}.pdf`,
    mediaType: 'application/pdf',
    size: 1,
    sha256: 'x',
    uploadedAt: '2026-01-05T02:00:00Z',
  });
  it('groups the files under their components in the procedure’s order, then the result, then others', () => {
    const groups = attachmentGroups({
      components: [
        { key: 'to-khai', name: 'Tờ khai', required: true },
        { key: 'giay-to', name: 'Phương án kinh doanh', required: true },
        { key: 'uy-quyen', name: 'Văn bản ủy quyền', required: false },
      ],
      attachments: [
        file('b', 'giay-to'),
        file('r', 'ket-qua'),
        file('a', 'to-khai'),
        file('x', null),
        file('b2', 'giay-to'),
      ],
    });
    expect(groups.map((g) => [g.kind, g.name, g.files.map((f) => f.id)])).toEqual([
      ['component', 'Tờ khai', ['a']],
      ['component', 'Phương án kinh doanh', ['b', 'b2']],
      ['result', null, ['r']],
      ['other', null, ['x']],
    ]);
  });
});

describe('one-stop documents', () => {
  it('has the appointment slip and control sheet once received, the refusal only when refused', () => {
    expect(
      availableDocuments({
        state: 'submitted',
        receivedAt: null,
        apology: null,
        events: [],
        paymentRequest: null,
      }),
    ).toEqual([]);
    expect(
      availableDocuments({
        state: 'accepted',
        receivedAt: '2026-01-05T02:00:00Z',
        apology: null,
        events: [],
        paymentRequest: null,
      }),
    ).toEqual(['receipt.pdf', 'control.pdf']);
    expect(
      availableDocuments({
        state: 'refused',
        receivedAt: null,
        apology: null,
        events: [],
        paymentRequest: null,
      }),
    ).toEqual(['refusal.pdf']);
    expect(
      availableDocuments({
        state: 'payment_requested',
        receivedAt: '2026-01-05T02:00:00Z',
        apology: null,
        events: [],
        paymentRequest: {
          paymentId: 'p',
          paymentCode: 'TT0001',
          amount: 1_234,
          qrPayload: '000201',
          requestedAt: '2026-01-06T02:00:00Z',
        },
      }),
    ).toEqual(['receipt.pdf', 'control.pdf', 'payment.pdf']);
  });
});

describe('document names', () => {
  it('drops the extension so the text key has no dot', () => {
    expect(documentName('receipt.pdf')).toBe('receipt');
  });
});

describe('deadline status', () => {
  const now = new Date('2026-03-02T03:00:00Z');
  it('tells overdue, due within a day, and fine apart, only for open dossiers', () => {
    expect(deadlineStatus('2026-03-01T10:00:00Z', 'processing', now)).toBe('overdue');
    expect(deadlineStatus('2026-03-02T20:00:00Z', 'processing', now)).toBe('due-soon');
    expect(deadlineStatus('2026-03-09T10:00:00Z', 'accepted', now)).toBe('ok');
    expect(deadlineStatus('2026-03-01T10:00:00Z', 'returned', now)).toBe('none');
    expect(deadlineStatus(null, 'processing', now)).toBe('none');
  });
});
