import { describe, expect, it } from 'vitest';
import { redactLogFields, redactPersonalData, redactString, serializeError } from './redact.ts';

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

describe('bounded log redaction', () => {
  it('masks e-mail addresses, also percent-encoded in a URL', () => {
    expect(redactString('gửi tới nguyen.van.a@travinh.gov.vn')).toBe('gửi tới [email]');
    expect(redactString('/api/x?email=a.b%40gmail.com')).toBe('/api/x?email=[email]');
  });

  it('names a buffer, a request-like object or a long string instead of walking it', () => {
    const body = Buffer.alloc(19 * 1024 * 1024, 0x30);
    class FakeRequest {
      body = body;
    }
    const started = performance.now();
    const out = redactPersonalData({
      body,
      request: new FakeRequest(),
      text: '0'.repeat(5_000_000),
      list: Array.from({ length: 10_000 }, (_, i) => i),
    }) as Record<string, unknown>;
    expect(performance.now() - started).toBeLessThan(200);
    expect(out.body).toBe(`[Buffer ${body.length} bytes]`);
    expect(out.request).toBe('[FakeRequest]');
    expect(String(out.text).length).toBeLessThan(5000);
    expect((out.list as unknown[]).length).toBeLessThanOrEqual(51);
  });

  it('leaves the fields that serializers shape (req, res, err) to them and redacts the rest', () => {
    const req = { raw: {} };
    const out = redactLogFields({ req, note: 'gọi 0912345678', sessionId: 'abc' }, new Set(['req']));
    expect(out.req).toBe(req);
    expect(out.note).toBe('gọi [phone]');
    expect(out.sessionId).toBe('[redacted]');
  });
});

describe('serializeError', () => {
  it("drops a failed query's parameters and a database error's detail, keeping what helps debugging", () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "citizens_phone"'),
      {
        code: '23505',
        constraint: 'citizens_phone',
        detail: 'Key (phone)=(0912345678) already exists.',
      },
    );
    const error = new Error(
      'Failed query: insert into "identity"."citizens" ("phone", "id_number", "name") values ($1, $2, $3)\nparams: 0912345678,084190001234,Nguyễn\nVăn A',
      { cause },
    );
    Object.assign(error, { params: ['0912345678', '084190001234', 'Nguyễn\nVăn A'], query: 'insert …' });
    const out = serializeError(error) as Record<string, unknown>;
    const text = JSON.stringify(out);
    for (const secret of ['0912345678', '084190001234', 'Nguyễn', 'Văn A', 'params']) {
      expect(text).not.toContain(secret);
    }
    expect(out.message).toContain('insert into "identity"."citizens"');
    expect(String(out.stack)).toMatch(/\n\s+at /);
    expect(out.cause).toMatchObject({ code: '23505', constraint: 'citizens_phone' });
  });
});
