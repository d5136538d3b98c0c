import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCalendar } from '@openprovince/calendar';
import { queryRows, sql } from '@openprovince/db';
import { makeAgency } from '@openprovince/identity/testing';
import { newId, systemActor } from '@openprovince/platform';
import { systemNow } from '@openprovince/platform/time';
import { createProcedure, createServicesDeps } from '@openprovince/services';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dossiersCommand } from '../src/cli/commands/dossiers.ts';
import { loadConfig } from '../src/config.ts';
import { openConfiguredDatabase } from '../src/database.ts';

/**
 * `openprovince dossiers import <file>` as an administrator runs it: a CSV of a previous system's
 * dossiers into the configured database (PGlite under a fresh DATA_DIR), with the progress on stderr, the
 * same file again imports nothing, and a wrong line is named by its line number with nothing saved.
 */
const AGENCY = '000.00.12.H59';
const HEADER = 'code,procedureCode,agencyCode,channel,applicantName,applicantPhone,action,at,performer,note';
const line = (code: string, action: string, at: string, extra = '') =>
  `${code},1.001612.000.00.00.H59,${AGENCY},direct,Nguyễn Văn An,0912345678,${action},2021-${at}:00+07:00,Lê Thị Một Cửa,${extra}`;

describe('openprovince dossiers import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openprovince-import-'));
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  let output: string[] = [];
  const run = async (args: string[]) => {
    output = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a) => void output.push(a.join(' ')));
    const err = vi.spyOn(console, 'error').mockImplementation((...a) => void output.push(a.join(' ')));
    const progress = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk) => output.push(String(chunk)) > 0);
    try {
      return await dossiersCommand(args);
    } finally {
      log.mockRestore();
      err.mockRestore();
      progress.mockRestore();
    }
  };
  const withDb = async <T>(
    work: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>['db']) => Promise<T>,
  ) => {
    const handle = await openConfiguredDatabase(loadConfig());
    try {
      return await work(handle.db);
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    process.env.DATA_DIR = join(dir, 'data');
    process.env.DATABASE_URL = '';
    // The directory, the calendar and the procedure the previous system's dossiers name.
    await withDb(async (db) => {
      const ctx = { actor: systemActor('test'), requestId: newId() };
      await seedCalendar(db, ctx);
      const agency = await makeAgency(db, { code: AGENCY, name: 'Sở Thông tin và Truyền thông' });
      const fieldId = newId();
      await db.execute(
        sql`insert into services.fields (id, code, name) values (${fieldId}, 'xuat-ban', 'Xuất bản, in và phát hành')`,
      );
      await createProcedure(createServicesDeps({ db: db, now: systemNow }), ctx, {
        nationalCode: '1.001612.000.00.00.H59',
        name: 'Cấp giấy phép hoạt động in',
        fieldId,
        agencyId: agency.id,
        implementingLevel: 'province',
        timeLimit: { amount: 3, unit: 'working_days' },
        resultType: 'licence',
        resultName: 'Giấy phép hoạt động in',
        legalBasis: 'Nghị định số 60/2014/NĐ-CP',
        validFrom: '2021-01-01',
        serviceLevel: { scheme: 'decree43', level: '3', effectiveFrom: '2021-01-01' },
      });
    });
    // A file database migrated from scratch, opened four times: slow on a busy machine.
  }, 300_000);
  afterAll(() => {
    process.env.DATA_DIR = saved.DATA_DIR;
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved.DATABASE_URL;
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a CSV with its progress; the same file again imports nothing; a wrong line is named and nothing saved', async () => {
    const good = join(dir, 'ho-so-2021.csv');
    writeFileSync(
      good,
      [
        HEADER,
        line(`${AGENCY}-210301-0001`, 'receive', '03-01T08:00'),
        line(`${AGENCY}-210301-0001`, 'forward', '03-01T08:30'),
        line(`${AGENCY}-210301-0002`, 'receive', '03-01T09:00'),
      ].join('\n'),
    );
    expect(await run(['import', good])).toBe(0);
    const first = output.join('\n');
    expect(first).toContain('Kiểm tra / checking: 2/2 (100%)');
    expect(first).toContain('Đã nhập / imported: 2 hồ sơ mới / new, 0 đã có / already there');

    expect(await run(['import', good])).toBe(0);
    expect(output.join('\n')).toContain('Tệp này đã được nhập');

    const wrong = join(dir, 'ho-so-loi.csv');
    writeFileSync(
      wrong,
      [
        HEADER,
        line(`${AGENCY}-210302-0001`, 'receive', '03-02T08:00'),
        line(`${AGENCY}-210302-0002`, 'receive', '03-02T09:00'),
        line(`${AGENCY}-210302-0002`, 'approve', '03-02T10:00'),
      ].join('\n'),
    );
    expect(await run(['import', wrong])).toBe(1);
    const refused = output.join('\n');
    expect(refused).toContain('1 hồ sơ có lỗi; không hồ sơ nào được nhập');
    expect(refused).toMatch(
      /dòng \/ line 4: \/body\/dossiers\/1\/events\/1\/action: Không thể .* \/ Cannot /,
    );

    expect(await run(['export', good])).toBe(2);

    await withDb(async (db) => {
      const rows = await queryRows<{ code: string; due_at: Date }>(
        db,
        sql`select code, due_at from dossiers.dossiers order by code`,
      );
      // Only the good file's dossiers; due Thursday 04/03 at 08:00 (3 working days from Monday 08:00).
      expect(rows.map((r) => r.code)).toEqual([`${AGENCY}-210301-0001`, `${AGENCY}-210301-0002`]);
      expect(new Date(rows[0]!.due_at).toISOString()).toBe('2021-03-04T01:00:00.000Z');
      const audit = await queryRows<{ action: string; actor_name: string }>(
        db,
        sql`select action, actor_name from audit.audit_log where action like 'dossier.import%' order by seq`,
      );
      expect(audit).toEqual([
        { action: 'dossier.import', actor_name: 'cli:dossiers-import' },
        { action: 'dossier.import', actor_name: 'cli:dossiers-import' },
        { action: 'dossier.import-batch', actor_name: 'cli:dossiers-import' },
      ]);
    });
  }, 300_000);
});
