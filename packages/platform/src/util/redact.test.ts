import { describe, expect, it } from 'vitest';
import { redactPersonalData, redactString } from './redact.ts';

describe('redactPersonalData', () => {
  it('masks citizen ID numbers and phone numbers inside free text', () => {
    expect(redactString('/api/lookup?code=X&phone=0912345678')).toBe('/api/lookup?code=X&phone=[phone]');
    expect(redactString('CCCD 084190001234 đã nộp')).toBe('CCCD [personal-id] đã nộp');
    expect(redactString('gọi +84912345678')).toBe('gọi [phone]');
  });

  it('removes secrets by key name whatever their value', () => {
    expect(redactPersonalData({ password: 'x', nested: { sessionToken: 'abc', ok: 'fine' } })).toEqual({
      password: '[redacted]',
      nested: { sessionToken: '[redacted]', ok: 'fine' },
    });
  });

  it('leaves ordinary numbers such as years and dossier sequence numbers alone', () => {
    expect(redactString('năm 2021, hồ sơ 000123')).toBe('năm 2021, hồ sơ 000123');
  });
});
