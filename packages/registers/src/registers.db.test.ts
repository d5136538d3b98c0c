import { eq, sql } from '@openprovince/db';
import { systemActor } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { integer, pgSchema, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyOf, recordChange } from './history.ts';
import { listPage } from './list.ts';
import { searchTextOf } from './search.ts';

// A register made for this test only (not part of the migrations).
const test = pgSchema('registers_test');
const sites = test.table('bts_sites', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  agencyId: text('agency_id').notNull(),
  height: integer('height').notNull(),
  searchText: text('search_text').notNull(),
});
const spec = {
  table: sites,
  search: sites.searchText,
  sorts: { code: sites.code, height: sites.height },
  defaultSort: 'code',
  key: sites.id,
};
const ctx = { actor: systemActor('test'), requestId: 'req-registers' };

describe('register kit on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.execute(sql`create schema registers_test`);
    await t.db.execute(sql`create table registers_test.bts_sites (id uuid primary key default gen_random_uuid(),
      code text not null, name text not null, agency_id text not null, height integer not null, search_text text not null)`);
    const names = [
      'Trạm Phường 1',
      'Trạm Xã Long Đức',
      'Trạm Châu Thành',
      'Trạm Cầu Kè',
      'Trạm 100%_đặc biệt',
    ];
    for (let i = 0; i < 25; i++) {
      const name = `${names[i % names.length]} ${i}`;
      const code = `TVH-${String(i).padStart(3, '0')}`;
      await t.db.insert(sites).values({
        code,
        name,
        agencyId: i % 2 ? 'viettel' : 'vnpt',
        height: 30 + (i % 3) * 10,
        searchText: searchTextOf(name, code),
      });
    }
  });
  afterAll(async () => t?.destroy());

  it('pages without repeating or skipping rows, even when sort values tie', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 25; offset += 7) {
      const page = await listPage(t.db, spec, { sort: '-height', limit: 7, offset });
      expect(page.total).toBe(25);
      seen.push(...page.items.map((r) => r.code));
    }
    expect(new Set(seen).size).toBe(25);
    const heights = (await listPage(t.db, spec, { sort: '-height', limit: 25 })).items.map((r) => r.height);
    expect(heights).toEqual([...heights].sort((a, b) => b - a));
  });

  it('finds with and without diacritics, takes % and _ literally, and combines the caller’s scope', async () => {
    const accented = await listPage(t.db, spec, { q: 'Long Đức', limit: 50 });
    const plain = await listPage(t.db, spec, { q: 'long duc', limit: 50 });
    expect(accented.total).toBe(5);
    expect(plain.items.map((r) => r.code)).toEqual(accented.items.map((r) => r.code));
    expect((await listPage(t.db, spec, { q: '100%_', limit: 50 })).total).toBe(5);
    expect((await listPage(t.db, spec, { q: '100%x', limit: 50 })).total).toBe(0);
    const scoped = await listPage(t.db, spec, {
      q: 'tram',
      where: [eq(sites.agencyId, 'viettel')],
      limit: 50,
    });
    expect(scoped.total).toBe(12);
    expect(scoped.items.every((r) => r.agencyId === 'viettel')).toBe(true);
  });

  it('keeps each record’s history in the audit log, written in the change’s transaction', async () => {
    const [row] = await t.db.select().from(sites).where(eq(sites.code, 'TVH-003'));
    await t.db.transaction(async (tx) => {
      await recordChange(tx, ctx, {
        action: 'telecom.bts.create',
        objectType: 'bts_site',
        objectId: row!.id,
        before: null,
        after: { code: row!.code, height: 40 },
      });
    });
    await expect(
      t.db.transaction(async (tx) => {
        await recordChange(tx, ctx, {
          action: 'telecom.bts.update',
          objectType: 'bts_site',
          objectId: row!.id,
          before: { height: 40 },
          after: { height: 99 },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow();
    await t.db.transaction(async (tx) => {
      await recordChange(tx, ctx, {
        action: 'telecom.bts.update',
        objectType: 'bts_site',
        objectId: row!.id,
        before: { code: row!.code, height: 40 },
        after: { code: row!.code, height: 45 },
        note: 'đo lại',
      });
    });
    const history = await historyOf(t.db, { objectType: 'bts_site', objectId: row!.id });
    expect(
      history.map((h) => ({ action: h.action, created: h.created, changes: h.changes, note: h.note })),
    ).toEqual([
      {
        action: 'telecom.bts.create',
        created: true,
        changes: [
          { field: 'code', from: null, to: 'TVH-003' },
          { field: 'height', from: null, to: 40 },
        ],
        note: null,
      },
      {
        action: 'telecom.bts.update',
        created: false,
        changes: [{ field: 'height', from: 40, to: 45 }],
        note: 'đo lại',
      },
    ]);
  });
});
