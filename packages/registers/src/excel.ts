/**
 * Excel in and out, through exceljs (a kept library; no hand-written OOXML). A register declares its
 * columns once; the same declaration writes the export, the template people fill in, and reads the import
 * back with an error per wrong cell (row, column, Vietnamese and English message). An import with any
 * error saves nothing: the use case checks `errors` before opening its transaction.
 *
 * Dates: exceljs writes and reads dates as UTC, so a calendar date travels as UTC midnight of that day
 * and comes back as `YYYY-MM-DD`, never shifted by the province's offset.
 */
import { Readable, type Writable } from 'node:stream';
import { AppError, foldVietnamese, nfc } from '@openprovince/platform';
import ExcelJS from 'exceljs';

export type CellType = 'text' | 'integer' | 'number' | 'date' | 'boolean';

export interface SheetColumn<Row> {
  key: keyof Row & string;
  /** Header as people read it (Vietnamese). */
  header: string;
  /** Also accepted as a header on import. */
  headerEn?: string;
  type: CellType;
  required?: boolean;
  /** Accepted values (text columns); compared without diacritics and case. */
  values?: readonly string[];
  min?: number;
  max?: number;
  /** Column width in characters. */
  width?: number;
}

export interface RowError {
  /** 1-based row number as Excel shows it (the header is row 1). */
  row: number;
  column: string;
  message: string;
  messageEn: string;
}

export interface SheetRead<Row> {
  rows: { row: number; value: Row }[];
  errors: RowError[];
}

const NUM_FMT: Partial<Record<CellType, string>> = {
  integer: '#,##0',
  number: '#,##0.##',
  date: 'dd/mm/yyyy',
};

function toCell(type: CellType, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (type === 'date') {
    const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
    return new Date(`${iso}T00:00:00Z`);
  }
  if (type === 'boolean') return value ? 'Có' : 'Không';
  return value as ExcelJS.CellValue;
}

function addSheet<Row>(wb: ExcelJS.Workbook, sheet: { name: string; columns: readonly SheetColumn<Row>[] }) {
  const ws = wb.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(12, c.header.length + 2),
    ...(NUM_FMT[c.type] ? { style: { numFmt: NUM_FMT[c.type] } } : {}),
  }));
  ws.getRow(1).font = { bold: true, name: 'Times New Roman' };
  return ws;
}

function rowValues<Row>(columns: readonly SheetColumn<Row>[], row: Row): Record<string, ExcelJS.CellValue> {
  return Object.fromEntries(columns.map((c) => [c.key, toCell(c.type, row[c.key])]));
}

export interface SheetData<Row> {
  name: string;
  columns: readonly SheetColumn<Row>[];
  rows: Iterable<Row>;
}

/** A sheet of any row type, for workbooks with several sheets. */
export type AnySheet = SheetData<Record<string, unknown>>;

/** Erases the row type of one sheet once its columns and rows have been checked together. */
export function sheet<Row>(data: SheetData<Row>): AnySheet {
  return data as unknown as AnySheet;
}

/** A workbook in memory (exports of a few thousand rows, import templates). */
export async function writeWorkbook(sheets: readonly AnySheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OpenProvince';
  for (const sheet of sheets) {
    const ws = addSheet(wb, sheet);
    for (const row of sheet.rows) ws.addRow(rowValues(sheet.columns, row));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A large export written row by row to a stream (memory stays flat). */
export async function streamWorkbook<Row>(
  stream: Writable,
  sheet: { name: string; columns: readonly SheetColumn<Row>[]; rows: AsyncIterable<Row> | Iterable<Row> },
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(12, c.header.length + 2),
    ...(NUM_FMT[c.type] ? { style: { numFmt: NUM_FMT[c.type] } } : {}),
  }));
  ws.getRow(1).font = { bold: true, name: 'Times New Roman' };
  ws.getRow(1).commit();
  for await (const row of sheet.rows) ws.addRow(rowValues(sheet.columns, row)).commit();
  ws.commit();
  await wb.commit();
}

const key = (s: string) => foldVietnamese(nfc(s)).replace(/\s+/g, ' ');

function plain(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('result' in value) return (value as { result: unknown }).result; // formula: its cached result
    if ('richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in value) return (value as { text: string }).text; // hyperlink
  }
  return value;
}

/** Numbers as people type them in Vietnam: 1.234,56 — or as Excel stores them. */
function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  const s = String(raw).trim().replace(/\s/g, '');
  if (!/^-?[\d.,]+$/.test(s)) return undefined;
  const normalised =
    /,\d+$/.test(s) || /^\d{1,3}(\.\d{3})+$/.test(s)
      ? s.replace(/\./g, '').replace(',', '.')
      : s.replace(/,/g, '');
  const n = Number(normalised);
  return Number.isFinite(n) ? n : undefined;
}

function parseDate(raw: unknown): string | undefined {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString().slice(0, 10);
  const m =
    /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(String(raw)) ??
    /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(String(raw));
  if (!m) return undefined;
  const [y, mo, d] = m[0].includes('/') ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : undefined;
}

function parseCell<Row>(
  column: SheetColumn<Row>,
  raw: unknown,
): { value?: unknown; error?: [string, string] } {
  switch (column.type) {
    case 'text': {
      const text = nfc(String(raw));
      if (column.values) {
        const match = column.values.find((v) => key(v) === key(text));
        if (!match) {
          return {
            error: [
              `phải là một trong: ${column.values.join(', ')}`,
              `must be one of: ${column.values.join(', ')}`,
            ],
          };
        }
        return { value: match };
      }
      return { value: text };
    }
    case 'integer':
    case 'number': {
      const n = parseNumber(raw);
      if (n === undefined) return { error: ['phải là số', 'must be a number'] };
      if (column.type === 'integer' && !Number.isInteger(n))
        return { error: ['phải là số nguyên', 'must be a whole number'] };
      if (column.min !== undefined && n < column.min)
        return { error: [`không được nhỏ hơn ${column.min}`, `must be at least ${column.min}`] };
      if (column.max !== undefined && n > column.max)
        return { error: [`không được lớn hơn ${column.max}`, `must be at most ${column.max}`] };
      return { value: n };
    }
    case 'date': {
      const d = parseDate(raw);
      return d ? { value: d } : { error: ['phải là ngày dd/mm/yyyy', 'must be a date dd/mm/yyyy'] };
    }
    case 'boolean': {
      const k = key(String(raw));
      if (['co', 'x', 'true', '1', 'yes'].includes(k) || raw === true) return { value: true };
      if (['khong', '', 'false', '0', 'no'].includes(k) || raw === false) return { value: false };
      return { error: ['phải là Có hoặc Không', 'must be Có (yes) or Không (no)'] };
    }
  }
}

/**
 * Reads the first sheet (or the named one) of an uploaded workbook: headers matched by their Vietnamese or
 * English name (without diacritics or case), every cell checked against its column. Empty rows are
 * skipped. Returns the parsed rows and every error; it never throws for bad content.
 */
export async function readSheet<Row>(
  input: Buffer | Uint8Array,
  options: { columns: readonly SheetColumn<Row>[]; sheet?: string; maxRows?: number },
): Promise<SheetRead<Row>> {
  const wb = new ExcelJS.Workbook();
  const errors: RowError[] = [];
  try {
    await wb.xlsx.read(Readable.from(Buffer.from(input)));
  } catch {
    return {
      rows: [],
      errors: [
        {
          row: 0,
          column: '',
          message: 'Tệp không phải bảng tính Excel (.xlsx)',
          messageEn: 'The file is not an Excel workbook (.xlsx)',
        },
      ],
    };
  }
  const ws = options.sheet ? wb.getWorksheet(options.sheet) : wb.worksheets[0];
  if (!ws) {
    return {
      rows: [],
      errors: [{ row: 0, column: '', message: 'Không có trang tính', messageEn: 'No worksheet found' }],
    };
  }
  const byHeader = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => byHeader.set(key(String(plain(cell.value) ?? '')), col));
  const positions = new Map<SheetColumn<Row>, number>();
  for (const c of options.columns) {
    const col =
      byHeader.get(key(c.header)) ??
      (c.headerEn ? byHeader.get(key(c.headerEn)) : undefined) ??
      byHeader.get(key(c.key));
    if (col) positions.set(c, col);
    else if (c.required) {
      errors.push({
        row: 1,
        column: c.header,
        message: `Thiếu cột "${c.header}"`,
        messageEn: `Missing column "${c.headerEn ?? c.header}"`,
      });
    }
  }
  if (errors.length) return { rows: [], errors };
  const rows: SheetRead<Row>['rows'] = [];
  const maxRows = options.maxRows ?? 100_000;
  for (let r = 2; r <= ws.rowCount; r++) {
    const sheetRow = ws.getRow(r);
    const raws = options.columns.map((c) => {
      const col = positions.get(c);
      const v = col ? plain(sheetRow.getCell(col).value) : null;
      return typeof v === 'string' && !v.trim() ? null : v;
    });
    if (raws.every((v) => v === null || v === undefined)) continue;
    if (rows.length >= maxRows) {
      errors.push({
        row: r,
        column: '',
        message: `Quá ${maxRows} dòng`,
        messageEn: `More than ${maxRows} rows`,
      });
      break;
    }
    const value: Record<string, unknown> = {};
    options.columns.forEach((c, i) => {
      const raw = raws[i];
      if (raw === null || raw === undefined) {
        if (c.required)
          errors.push({ row: r, column: c.header, message: 'Bắt buộc nhập', messageEn: 'Required' });
        else value[c.key] = null;
        return;
      }
      const parsed = parseCell(c, raw);
      if (parsed.error)
        errors.push({ row: r, column: c.header, message: parsed.error[0], messageEn: parsed.error[1] });
      else value[c.key] = parsed.value;
    });
    rows.push({ row: r, value: value as Row });
  }
  return { rows, errors };
}

/**
 * The 400 an import answers when any row is wrong: every error, with its row and column, in Vietnamese and
 * English. Nothing has been saved when it is thrown.
 */
export function importProblem(errors: readonly RowError[]): AppError {
  return new AppError('VALIDATION_FAILED', {
    detail: `Tệp có ${errors.length} lỗi; chưa dữ liệu nào được lưu`,
    detailEn: `The file has ${errors.length} error(s); nothing was saved`,
    errors: errors.slice(0, 500).map((e) => ({
      path: `/rows/${e.row}${e.column ? `/${e.column}` : ''}`,
      message: `Dòng ${e.row}${e.column ? `, cột "${e.column}"` : ''}: ${e.message}`,
      messageEn: `Row ${e.row}${e.column ? `, column "${e.column}"` : ''}: ${e.messageEn}`,
    })),
    extra: { rowErrors: errors.slice(0, 500) },
  });
}
