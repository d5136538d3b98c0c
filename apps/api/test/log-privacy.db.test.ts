import { sql } from '@openprovince/db';
import type { HttpApp } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';

/**
 * A failed query's log line carried every parameter: applicants' phone numbers, identity numbers and
 * e-mails, in the clear. Logs keep the query and the error, never the values.
 */
describe('personal data in the logs', () => {
  let t: TestDatabase;
  let app: HttpApp;
  const lines: string[] = [];
  const phone = '0912345678';
  const personalId = '084190001234';
  const email = 'thach.sa.ray@example.vn';

  beforeAll(async () => {
    t = await createTestDatabase();
    app = await buildApp({
      db: t.db,
      config: { logLevel: 'info' },
      logStream: { write: (line) => void lines.push(line) },
    });
    // Two queries that fail with an applicant's data as parameters: one on a missing table (an internal
    // error), one on a value PostgreSQL refuses and quotes in its message (the caller's 400).
    app.get('/api/test/failing-query', { config: { access: 'public' } }, async () =>
      t.db.execute(
        sql`select * from identity.no_such_table where phone = ${phone} and personal_id = ${personalId} and email = ${email}`,
      ),
    );
    app.get('/api/test/refused-value', { config: { access: 'public' } }, async () =>
      t.db.execute(sql`select ${phone}::int + ${personalId}::int as n, ${email}::uuid as e`),
    );
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it("logs a failed query's error without its parameters and masks identifiers in every line", async () => {
    lines.length = 0;
    const failing = await app.inject({ url: `/api/test/failing-query?phone=${phone}&email=${email}` });
    expect(failing.statusCode).toBe(500);
    expect(failing.body).not.toContain(phone);
    const refused = await app.inject({ url: '/api/test/refused-value' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('VALIDATION_FAILED');

    const log = lines.join('\n');
    expect(log).toContain('no_such_table'); // the query is there for whoever investigates
    expect(log).toContain('unhandled error');
    expect(log).toContain('request refused');
    for (const value of [phone, personalId, email, '912345678']) expect(log).not.toContain(value);
    expect(log).not.toMatch(/params/);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
