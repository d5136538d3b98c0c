import { authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import {
  type AnySheet,
  type CellType,
  type SheetColumn,
  sheet,
  writeWorkbook,
} from '@openprovince/registers';
import { DOSSIER_PERMISSIONS } from '../contracts/permissions.ts';
import type { TStatsWorkbookBody } from '../contracts/statistics-workbook.ts';

type Cell = string | number | null;

// XML 1.0 forbids control characters other than tab and line breaks: a cell holding one would spoil the file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const clean = (v: Cell): Cell => (typeof v === 'string' ? v.replace(CONTROL, '') : v);

/** A column's type from its values: whole numbers, other numbers (rates), or text. */
function typeOf(values: readonly Cell[]): CellType {
  const present = values.filter((v) => v !== null && v !== '');
  if (present.length === 0 || !present.every((v) => typeof v === 'number')) return 'text';
  return present.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
}

/** One table (header row first) as a register sheet: one column per header cell, typed by its values. */
function tableSheet(name: string, table: readonly Cell[][]): AnySheet {
  const [header = [], ...body] = table.map((r) => r.map(clean));
  const width = Math.max(header.length, ...body.map((r) => r.length));
  const columns: SheetColumn<Record<string, Cell>>[] = Array.from({ length: width }, (_, i) => ({
    key: `c${i}`,
    header: String(header[i] ?? ''),
    type: typeOf(body.map((r) => r[i] ?? null)),
  }));
  return sheet({
    name,
    columns,
    rows: body.map((r) => Object.fromEntries(columns.map((c, i) => [c.key, r[i] ?? null]))),
  });
}

/**
 * The dashboard's export: the tables the leader sees, one sheet each, written by exceljs through the
 * registers package. The figures come from the browser as shown (names, filters, language applied); the
 * server reads nothing, so the caller needs only the dashboard's own permission.
 */
export async function writeStatisticsWorkbook(
  ctx: RequestContext,
  input: TStatsWorkbookBody,
): Promise<Buffer> {
  authorize(
    ctx.actor,
    (actor) =>
      hasPermission(actor, DOSSIER_PERMISSIONS.stats) || hasPermission(actor, DOSSIER_PERMISSIONS.statsAll),
    undefined,
  );
  // Excel limits sheet names to 31 characters, forbids : \ / ? * [ ] and wants them unique and not empty.
  const names = new Set<string>();
  const nameOf = (raw: string, index: number) => {
    const base =
      raw
        .replace(CONTROL, '')
        .replace(/[:\\/?*[\]]/g, ' ')
        .slice(0, 31)
        .trim() || `Sheet${index + 1}`;
    let name = base;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${base.slice(0, 26)} (${n})`;
    names.add(name.toLowerCase());
    return name;
  };
  return writeWorkbook(input.sheets.map((s, i) => tableSheet(nameOf(s.name, i), s.rows)));
}
