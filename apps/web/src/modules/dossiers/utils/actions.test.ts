import { describe, expect, it } from 'vitest';
import { allowedActions, availableDocuments, deadlineStatus, documentName } from './actions.ts';

const ONE_STOP = [
  'dossiers:read',
  'dossiers:receive',
  'dossiers:accept',
  'dossiers:refuse',
  'dossiers:request-supplement',
  'dossiers:return',
  'dossiers:stats',
];

describe('dossier actions offered to officials', () => {
  it('lets the one-stop officer accept or refuse a new online dossier', () => {
    expect(allowedActions({ state: 'submitted', permissions: ONE_STOP })).toEqual([
      { action: 'accept', noteRequired: false },
      { action: 'refuse', noteRequired: true },
      { action: 'withdraw', noteRequired: true },
    ]);
  });

  it('offers forward after acceptance and return once processed', () => {
    expect(allowedActions({ state: 'accepted', permissions: ONE_STOP }).map((a) => a.action)).toEqual([
      'forward',
      'withdraw',
    ]);
    expect(allowedActions({ state: 'processed', permissions: ONE_STOP }).map((a) => a.action)).toEqual([
      'return',
    ]);
  });

  it('gives the specialist step to specialists and the leader step to leaders', () => {
    const specialist = ['dossiers:read', 'dossiers:process'];
    const leader = ['dossiers:read', 'dossiers:approve', 'dossiers:stats'];
    expect(
      allowedActions({ state: 'processing', permissions: specialist, currentStepRole: 'specialist' }).map(
        (a) => a.action,
      ),
    ).toEqual(['process', 'request_payment']);
    expect(
      allowedActions({
        state: 'processing',
        permissions: specialist,
        currentStepRole: 'specialist',
        paid: true,
      }).map((a) => a.action),
    ).toEqual(['process']);
    expect(
      allowedActions({ state: 'processing', permissions: leader, currentStepRole: 'specialist' }).map(
        (a) => a.action,
      ),
    ).toEqual(['stop']);
    expect(
      allowedActions({ state: 'processing', permissions: leader, currentStepRole: 'leader' }).map(
        (a) => a.action,
      ),
    ).toEqual(['approve', 'stop']);
  });

  it('offers nothing on a closed dossier or to an account without dossier permissions', () => {
    expect(allowedActions({ state: 'returned', permissions: ONE_STOP })).toEqual([]);
    expect(allowedActions({ state: 'submitted', permissions: [] })).toEqual([]);
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
