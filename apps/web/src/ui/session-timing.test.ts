import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  markSessionExpired,
  remaining,
  SESSION_TIMING,
  sessionTiming,
  takeSessionExpired,
} from './session-timing.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 28, 2, 0, 0); // 09:00 in Trà Vinh

describe('sessionTiming (30-minute idle timeout, warning 2 minutes before)', () => {
  it('stays quiet while the official works', () => {
    const t = sessionTiming({ lastActivityAt: T0, now: T0 + 10 * MIN });
    expect(t.phase).toBe('active');
    expect(t.canExtend).toBe(true);
  });

  it('warns 2 minutes before the earliest end (the server writes "last seen" at most once a minute)', () => {
    const t = sessionTiming({ lastActivityAt: T0, now: T0 });
    expect(t.endsAt).toBe(T0 + 29 * MIN);
    expect(t.warnAt).toBe(T0 + 27 * MIN);
    expect(t.nextChangeAt).toBe(T0 + 27 * MIN);
    expect(sessionTiming({ lastActivityAt: T0, now: T0 + 27 * MIN - 1 }).phase).toBe('active');
    const warning = sessionTiming({ lastActivityAt: T0, now: T0 + 27 * MIN });
    expect(warning.phase).toBe('warning');
    expect(warning.nextChangeAt).toBe(T0 + 30 * MIN);
  });

  it('counts the session as ended only when it has certainly ended (30 minutes after the last answer)', () => {
    expect(sessionTiming({ lastActivityAt: T0, now: T0 + 30 * MIN - 1 }).phase).toBe('warning');
    const ended = sessionTiming({ lastActivityAt: T0, now: T0 + 30 * MIN });
    expect(ended.phase).toBe('ended');
    expect(ended.nextChangeAt).toBe(Number.POSITIVE_INFINITY);
  });

  it('starts over after any API answer (staying signed in is one request)', () => {
    const later = T0 + 28 * MIN;
    expect(sessionTiming({ lastActivityAt: T0, now: later }).phase).toBe('warning');
    const t = sessionTiming({ lastActivityAt: later, now: later + 1000 });
    expect(t.phase).toBe('active');
    expect(t.warnAt).toBe(later + 27 * MIN);
  });

  it('warns before the absolute end of the working day, which activity cannot push back', () => {
    const absoluteEndAt = T0 + 10 * MIN;
    const t = sessionTiming({ lastActivityAt: T0 + 5 * MIN, absoluteEndAt, now: T0 + 8 * MIN });
    expect(t.phase).toBe('warning');
    expect(t.canExtend).toBe(false);
    expect(t.endsAt).toBe(absoluteEndAt);
    expect(t.endedAt).toBe(absoluteEndAt);
    expect(sessionTiming({ lastActivityAt: T0 + 9 * MIN, absoluteEndAt, now: absoluteEndAt }).phase).toBe(
      'ended',
    );
  });

  it('follows another policy when given one', () => {
    const policy = { ...SESSION_TIMING, idleMs: 15 * MIN, warnBeforeMs: 5 * MIN, touchSlackMs: 0 };
    const t = sessionTiming({ lastActivityAt: T0, now: T0 }, policy);
    expect(t.warnAt).toBe(T0 + 10 * MIN);
    expect(t.endedAt).toBe(T0 + 15 * MIN);
  });
});

describe('remaining', () => {
  it('gives whole minutes and seconds, rounding up and never below zero', () => {
    expect(remaining(T0 + 2 * MIN, T0)).toEqual({ minutes: 2, seconds: 0 });
    expect(remaining(T0 + 90_500, T0)).toEqual({ minutes: 1, seconds: 31 });
    expect(remaining(T0, T0 + 5000)).toEqual({ minutes: 0, seconds: 0 });
  });
});

describe('the "session expired" mark for the log-in page', () => {
  const store = new Map<string, string>();
  const sessionStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
  beforeEach(() => {
    store.clear();
    vi.stubGlobal('window', { sessionStorage });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is read once, right after the session ended', () => {
    markSessionExpired();
    expect(takeSessionExpired()).toBe(true);
    expect(takeSessionExpired()).toBe(false);
  });

  it('is stale after two minutes (the official came back to the log-in page for another reason)', () => {
    markSessionExpired();
    expect(takeSessionExpired(Date.now() + 2 * 60_000 + 1)).toBe(false);
  });

  it('is absent when nothing marked it, and survives a storage that refuses access', () => {
    expect(takeSessionExpired()).toBe(false);
    vi.stubGlobal('window', {});
    expect(() => markSessionExpired()).not.toThrow();
    expect(takeSessionExpired()).toBe(false);
  });
});
