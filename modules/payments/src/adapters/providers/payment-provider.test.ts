import { describe, expect, it } from 'vitest';
import {
  createPaymentProvider,
  isSimulator,
  localGatewaySimulator,
  signCallback,
} from './payment-provider.ts';

const SECRET = 'a-callback-secret-of-some-length';
const body = {
  transactionId: 'FT2102050001',
  paymentCode: 'DVC7K2M9Q4X1A',
  amount: 150000,
  paidAt: '2021-02-05T09:40:00.000Z',
};

describe('payment callback signatures (HMAC-SHA256)', () => {
  const provider = createPaymentProvider({ simulator: false, secret: SECRET });
  const now = new Date('2021-02-05T09:40:30Z');

  it('accepts a fresh, correctly signed callback', () => {
    expect(() =>
      provider.verifyCallback({ signature: signCallback(SECRET, body, now), body, now }),
    ).not.toThrow();
  });

  it('refuses a missing, malformed, forged, tampered or stale signature', () => {
    const signature = signCallback(SECRET, body, now);
    expect(() => provider.verifyCallback({ signature: undefined, body, now })).toThrow(/malformed/);
    expect(() => provider.verifyCallback({ signature: 'v1=abc', body, now })).toThrow(/malformed/);
    expect(() =>
      provider.verifyCallback({ signature: signCallback('another-secret-entirely!', body, now), body, now }),
    ).toThrow(/Invalid callback signature/);
    expect(() => provider.verifyCallback({ signature, body: { ...body, amount: 1 }, now })).toThrow(
      /Invalid/,
    );
    const later = new Date(now.getTime() + 301_000);
    expect(() => provider.verifyCallback({ signature, body, now: later })).toThrow(/not fresh/);
  });

  it('the simulator signs the callbacks it produces; the real provider has no simulate', () => {
    const simulator = localGatewaySimulator({ secret: SECRET });
    const callback = simulator.simulatePayment({ paymentCode: 'DVC1', amount: 5000, now });
    expect(() => simulator.verifyCallback({ ...callback, now })).not.toThrow();
    expect(isSimulator(simulator)).toBe(true);
    expect(isSimulator(provider)).toBe(false);
    expect(() => createPaymentProvider({ simulator: false, secret: 'short' })).toThrow(/16/);
  });
});
