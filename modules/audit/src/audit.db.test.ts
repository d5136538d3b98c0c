import { sql } from '@openprovince/db';
import { systemActor } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from './use-cases/record-audit.ts';
import { verifyAuditChain } from './use-cases/verify-audit-chain.ts';

const ctx = { actor: systemActor('test'), requestId: 'req-audit-test' };

describe('audit log', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    for (let i = 1; i <= 10; i++) {
      await t.db.transaction(async (tx) =>
        recordAudit(tx, ctx, {
          action: 'test.thing.create',
          objectType: 'thing',
          objectId: String(i),
          summary: { n: i },
        }),
      );
    }
  });
  afterAll(async () => t?.destroy());

  it('verifies an intact chain', async () => {
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: true, checked: 10, headSeq: 10, problems: [] });
  });

  it('writes nothing when the change it describes rolls back', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await recordAudit(tx, ctx, { action: 'test.thing.create', objectType: 'thing', objectId: 'x' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await verifyAuditChain(t.db)).checked).toBe(10);
  });

  it('refuses UPDATE and DELETE from the application', async () => {
    await expect(t.db.execute(sql`update audit.audit_log set action = 'x' where seq = 1`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit.audit_log where seq = 1`)).rejects.toThrow();
  });

  it('detects an altered, a removed and a reordered record, and a truncated tail against an anchor', async () => {
    const before = await verifyAuditChain(t.db);
    // A database superuser can bypass the triggers; the chain must still tell.
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit.audit_log set summary = '{"n": 999}' where seq = 3`);
      await tx.execute(sql`delete from audit.audit_log where seq = 5`);
      // swap records 7 and 8
      await tx.execute(sql`update audit.audit_log set seq = -7 where seq = 7`);
      await tx.execute(sql`update audit.audit_log set seq = 7 where seq = 8`);
      await tx.execute(sql`update audit.audit_log set seq = 8 where seq = -7`);
      await tx.execute(sql`delete from audit.audit_log where seq = 10`);
    });
    const result = await verifyAuditChain(t.db, { anchor: { seq: 10, hash: before.headHash } });
    expect(result.ok).toBe(false);
    const kinds = result.problems.map((p) => `${p.kind}@${p.seq}`);
    expect(kinds).toContain('altered@3');
    expect(kinds).toContain('missing@6');
    expect(kinds).toContain('reordered@7');
    expect(kinds).toContain('missing@10');
    expect(result.problems.every((p) => p.message.length > 0 && p.messageEn.length > 0)).toBe(true);
  });
});
