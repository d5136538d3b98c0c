import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, type FieldError, nfc, type RequestContext } from '@openprovince/platform';
import { epochDayOf, isIsoDate, isWeekend } from '../domain/engine/local-time.ts';
import { DAY_OFF_KINDS, type DayOffKind } from '../domain/engine/work-calendar.ts';
import type { CalendarYearSnapshot } from '../domain/model.ts';
import { canManageCalendar } from '../policies.ts';
import { confirmYearInTransaction, writeYearDays } from './write-calendar-year.ts';

/** The format of a calendar document, as exported by administrators or kept in a repository. */
export const CALENDAR_DOCUMENT_FORMAT = 'openprovince.calendar/1';

export interface CalendarDocument {
  format: typeof CALENDAR_DOCUMENT_FORMAT;
  years: {
    year: number;
    basis?: string | null;
    daysOff: { date: string; reason: string; kind: DayOffKind }[];
    extraWorkingDays?: { date: string; reason: string; swapsFor?: string | null }[];
  }[];
}

export interface ImportCalendarInput {
  /** A parsed JSON document (see CalendarDocument); checked here. */
  document: unknown;
  /** Confirm the imported years at once (the document is an official schedule already checked). */
  confirm?: boolean;
}

export interface ImportCalendarResult {
  years: {
    year: number;
    outcome: 'created' | 'updated' | 'unchanged';
    version: number;
    status: 'draft' | 'confirmed';
  }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the document and returns its years, or throws VALIDATION_FAILED listing every problem. */
function parseDocument(
  document: unknown,
): { year: number; basis: string | null; days: CalendarYearSnapshot }[] {
  const errors: FieldError[] = [];
  const fail = (path: string, message: string, messageEn: string) =>
    errors.push({ path, message, messageEn });
  const years: { year: number; basis: string | null; days: CalendarYearSnapshot }[] = [];
  if (!isRecord(document) || document.format !== CALENDAR_DOCUMENT_FORMAT || !Array.isArray(document.years)) {
    fail(
      '/format',
      `Tệp lịch phải có định dạng "${CALENDAR_DOCUMENT_FORMAT}" và danh sách "years"`,
      `must be "${CALENDAR_DOCUMENT_FORMAT}" with a "years" array`,
    );
  } else {
    const seenYears = new Set<number>();
    document.years.forEach((entry: unknown, i) => {
      const at = `/years/${i}`;
      if (
        !isRecord(entry) ||
        !Number.isInteger(entry.year) ||
        (entry.year as number) < 2000 ||
        (entry.year as number) > 2199
      ) {
        fail(`${at}/year`, 'Năm phải từ 2000 đến 2199', 'must be a year between 2000 and 2199');
        return;
      }
      const year = entry.year as number;
      if (seenYears.has(year)) fail(`${at}/year`, `Năm ${year} xuất hiện hai lần`, `${year} appears twice`);
      seenYears.add(year);
      const dates = new Set<string>();
      const checkDate = (value: unknown, path: string): value is string => {
        if (typeof value !== 'string' || !isIsoDate(value) || Number(value.slice(0, 4)) !== year) {
          fail(path, `Phải là một ngày của năm ${year} (yyyy-mm-dd)`, `must be a YYYY-MM-DD date in ${year}`);
          return false;
        }
        if (dates.has(value)) {
          fail(path, `Ngày ${value} xuất hiện hai lần`, `${value} appears twice`);
          return false;
        }
        dates.add(value);
        return true;
      };
      const checkReason = (value: unknown, path: string): string => {
        const text = typeof value === 'string' ? nfc(value) : '';
        if (!text || text.length > 300)
          fail(
            path,
            'Lý do không được để trống và không quá 300 ký tự',
            'must be a non-empty text of at most 300 characters',
          );
        return text;
      };
      const days: CalendarYearSnapshot = { daysOff: [], extraWorkingDays: [] };
      if (!Array.isArray(entry.daysOff)) fail(`${at}/daysOff`, 'Phải là một danh sách', 'must be an array');
      (Array.isArray(entry.daysOff) ? entry.daysOff : []).forEach((d: unknown, j) => {
        const p = `${at}/daysOff/${j}`;
        if (!isRecord(d)) {
          fail(p, 'Phải là một đối tượng', 'must be an object');
          return;
        }
        const reason = checkReason(d.reason, `${p}/reason`);
        if (!DAY_OFF_KINDS.includes(d.kind as DayOffKind))
          fail(
            `${p}/kind`,
            `Phải là một trong: ${DAY_OFF_KINDS.join(', ')}`,
            `must be one of ${DAY_OFF_KINDS.join(', ')}`,
          );
        if (!checkDate(d.date, `${p}/date`)) return;
        if (d.kind !== 'holiday' && isWeekend(epochDayOf(d.date)))
          fail(
            `${p}/date`,
            'Ngày nghỉ bù hoặc nghỉ hoán đổi phải là ngày làm việc (thứ Hai–thứ Sáu)',
            'a compensatory or swap day must be a weekday',
          );
        days.daysOff.push({ date: d.date, reason, kind: d.kind as DayOffKind });
      });
      const extras = entry.extraWorkingDays ?? [];
      if (!Array.isArray(extras)) fail(`${at}/extraWorkingDays`, 'Phải là một danh sách', 'must be an array');
      (Array.isArray(extras) ? extras : []).forEach((d: unknown, j) => {
        const p = `${at}/extraWorkingDays/${j}`;
        if (!isRecord(d)) {
          fail(p, 'Phải là một đối tượng', 'must be an object');
          return;
        }
        const reason = checkReason(d.reason, `${p}/reason`);
        const swapsFor = d.swapsFor ?? null;
        if (swapsFor !== null && (typeof swapsFor !== 'string' || !isIsoDate(swapsFor))) {
          fail(
            `${p}/swapsFor`,
            'Phải là một ngày (yyyy-mm-dd) hoặc để trống',
            'must be a YYYY-MM-DD date or null',
          );
        }
        if (!checkDate(d.date, `${p}/date`)) return;
        if (!isWeekend(epochDayOf(d.date)))
          fail(
            `${p}/date`,
            'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật',
            'an extra working day must be a Saturday or Sunday',
          );
        days.extraWorkingDays.push({ date: d.date, reason, swapsFor: swapsFor as string | null });
      });
      const basis = typeof entry.basis === 'string' ? nfc(entry.basis) : null;
      years.push({ year, basis, days });
    });
  }
  if (errors.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Tệp lịch làm việc không hợp lệ (${errors.length} lỗi)`,
      detailEn: `The calendar document is invalid (${errors.length} problem(s))`,
      errors,
    });
  }
  return years;
}

/**
 * Loads whole years from a calendar document (the CLI's `calendar import`). Each year's days are replaced
 * by the document's; a year whose days do not change keeps its version. With `confirm`, the imported
 * versions are confirmed in the same transaction. All or nothing.
 */
export async function importCalendar(
  db: Db,
  ctx: RequestContext,
  input: ImportCalendarInput,
): Promise<ImportCalendarResult> {
  authorize(ctx.actor, canManageCalendar, undefined);
  const years = parseDocument(input.document);
  return db.transaction(async (tx) => {
    const now = new Date();
    const result: ImportCalendarResult['years'] = [];
    for (const y of years) {
      const { outcome, row } = await writeYearDays(tx, {
        year: y.year,
        source: 'import',
        basis: y.basis,
        days: y.days,
        now,
      });
      if (outcome !== 'unchanged') {
        await recordAudit(tx, ctx, {
          action: 'calendar.year.import',
          objectType: 'calendar_year',
          objectId: String(y.year),
          summary: {
            year: y.year,
            outcome,
            version: row.version,
            daysOff: y.days.daysOff.length,
            extraWorkingDays: y.days.extraWorkingDays.length,
          },
        });
      }
      let status = row.status;
      if (input.confirm) {
        await confirmYearInTransaction(tx, ctx, row, now);
        status = 'confirmed';
      }
      result.push({ year: y.year, outcome, version: row.version, status });
    }
    return { years: result };
  });
}
