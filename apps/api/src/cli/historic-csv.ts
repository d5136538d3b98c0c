import type { THistoricDossier, THistoricImportBody } from '@openprovince/dossiers/contracts';
import { parse } from 'csv-parse/sync';

/**
 * The CSV form of a historic import, for a previous system that exports tables: one line per event, the
 * lines of a dossier together in time order, its own columns on its first line (later lines may leave them
 * empty). `items` are separated by ";". Columns (a header line names them; order is free):
 */
export const HISTORIC_CSV_COLUMNS = [
  'code',
  'procedureCode',
  'agencyCode',
  'channel',
  'applicantName',
  'applicantPhone',
  'applicantEmail',
  'applicantAddress',
  'action',
  'at',
  'performer',
  'performerKind',
  'note',
  'newDueAt',
  'items',
  'paymentAmount',
  'paymentReceipt',
  'rating',
  'ratedAt',
] as const;
type Column = (typeof HISTORIC_CSV_COLUMNS)[number];

export interface HistoricCsv {
  body: THistoricImportBody;
  /** The file line of each dossier's first line and of each of its events, to point errors at lines. */
  lines: { dossier: number; events: number[] }[];
}

export class HistoricCsvError extends Error {
  override name = 'HistoricCsvError';
}

/**
 * Reads the CSV into the import's body. Values are passed on as written (a number column that is not a
 * number stays text), so the import's own checks name the wrong field of the wrong dossier.
 */
export function historicImportFromCsv(text: string): HistoricCsv {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      columns: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    throw new HistoricCsvError(
      `Tệp CSV không đọc được / The CSV file cannot be read: ${(error as Error).message}`,
    );
  }
  const header = Object.keys(rows[0]?.record ?? {});
  const unknown = header.filter((c) => !(HISTORIC_CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) {
    throw new HistoricCsvError(
      `Cột không có trong mẫu / Unknown columns: ${unknown.join(', ')} (${HISTORIC_CSV_COLUMNS.join(', ')})`,
    );
  }
  const dossiers: THistoricDossier[] = [];
  const lines: HistoricCsv['lines'] = [];
  const byCode = new Map<string, number>();
  for (const { record, info } of rows) {
    const v = (c: Column) => (record[c] ?? '').trim();
    const code = v('code');
    let index = byCode.get(code);
    if (index === undefined) {
      index = dossiers.length;
      byCode.set(code, index);
      dossiers.push({
        code,
        procedureCode: v('procedureCode'),
        ...(v('agencyCode') ? { agencyCode: v('agencyCode') } : {}),
        channel: v('channel') as THistoricDossier['channel'],
        applicant: {
          name: v('applicantName'),
          ...(v('applicantPhone') ? { phone: v('applicantPhone') } : {}),
          ...(v('applicantEmail') ? { email: v('applicantEmail') } : {}),
          ...(v('applicantAddress') ? { address: v('applicantAddress') } : {}),
        },
        events: [],
      });
      lines.push({ dossier: info.lines, events: [] });
    }
    const dossier = dossiers[index]!;
    const number = (c: Column) => (/^\d+$/.test(v(c)) ? Number(v(c)) : v(c));
    if (v('rating')) {
      dossier.rating = { value: number('rating') as number, at: v('ratedAt') };
    }
    if (!v('action')) continue;
    dossier.events.push({
      action: v('action') as THistoricDossier['events'][number]['action'],
      at: v('at'),
      performer: {
        name: v('performer'),
        ...(v('performerKind') ? { kind: v('performerKind') as 'official' | 'applicant' } : {}),
      },
      ...(v('note') ? { note: v('note') } : {}),
      ...(v('newDueAt') ? { newDueAt: v('newDueAt') } : {}),
      ...(v('items')
        ? {
            items: v('items')
              .split(';')
              .map((s) => s.trim())
              .filter(Boolean),
          }
        : {}),
      ...(v('paymentAmount') || v('paymentReceipt')
        ? { payment: { amount: number('paymentAmount') as number, receiptNumber: v('paymentReceipt') } }
        : {}),
    });
    lines[index]!.events.push(info.lines);
  }
  return { body: { dossiers }, lines };
}

/** "dòng 12 / line 12" for an error path of the import, when the CSV line is known. */
export function csvLineOf(csv: HistoricCsv, path: string): number | undefined {
  const m = /^\/body\/dossiers\/(\d+)(?:\/events\/(\d+))?/.exec(path);
  if (!m) return undefined;
  const at = csv.lines[Number(m[1])];
  if (!at) return undefined;
  return m[2] !== undefined ? (at.events[Number(m[2])] ?? at.dossier) : at.dossier;
}
