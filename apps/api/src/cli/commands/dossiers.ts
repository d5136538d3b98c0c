import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { importHistoricDossiers } from '@openprovince/dossiers';
import type { THistoricImportBody } from '@openprovince/dossiers/contracts';
import { isAppError, newId, systemActor } from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { loadConfig } from '../../config.ts';
import { composePlatform, depsOf } from '../../modules.ts';
import { csvLineOf, type HistoricCsv, HistoricCsvError, historicImportFromCsv } from '../historic-csv.ts';
import { progressBar } from '../progress.ts';
import { withDatabase } from '../with-database.ts';

const USAGE =
  'Dùng / usage: openprovince dossiers import <tệp/file.json|.csv> [--key KHÓA/KEY]\n' +
  '  Nhập hồ sơ lịch sử từ hệ thống cũ; chạy lại cùng tệp không nhập trùng.\n' +
  '  Imports historic dossiers from a previous system; running the same file again imports nothing twice.';

/** The file as the import's body: JSON ({ "dossiers": [...] } or the list itself) or CSV (historic-csv.ts). */
function readImport(file: string, text: string): { body: THistoricImportBody; csv?: HistoricCsv } {
  if (extname(file).toLowerCase() === '.csv') {
    const csv = historicImportFromCsv(text);
    return { body: csv.body, csv };
  }
  const json = JSON.parse(text) as unknown;
  return { body: (Array.isArray(json) ? { dossiers: json } : json) as THistoricImportBody };
}

/**
 * `openprovince dossiers import <file>`: the CLI door to importHistoricDossiers, as the system (whoever
 * runs it holds the database). The import key is the file's SHA-256 unless given, so running the same
 * file again changes nothing, and a file changed after an import under the same key is refused.
 */
export async function dossiersCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { key: { type: 'string' } },
  });
  const [sub, file] = positionals;
  if (sub !== 'import' || !file) {
    console.error(USAGE);
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  let input: ReturnType<typeof readImport>;
  try {
    input = readImport(file, text);
  } catch (error) {
    if (!(error instanceof HistoricCsvError || error instanceof SyntaxError)) throw error;
    console.error(`Lỗi / Error: ${error.message}`);
    return 1;
  }
  const importKey = values.key ?? `file-${createHash('sha256').update(text).digest('hex').slice(0, 40)}`;
  return withDatabase(async ({ db }) => {
    // A historic import stores no files.
    const deps = depsOf(
      composePlatform({ db, config: loadConfig(), storage: new MemoryStorage() }),
      'dossiers',
    );
    const bars = {
      checking: progressBar('Kiểm tra / checking'),
      writing: progressBar('Ghi / writing'),
    };
    try {
      const result = await importHistoricDossiers(
        deps,
        { actor: systemActor('cli:dossiers-import'), requestId: `cli-${newId()}` },
        { importKey, body: input.body, onProgress: (phase, done, total) => bars[phase].update(done, total) },
      );
      bars.checking.stop();
      bars.writing.stop();
      const states = Object.entries(result.byState)
        .map(([state, n]) => `${state} ${n}`)
        .join(', ');
      console.log(
        result.replayed
          ? `Tệp này đã được nhập (khóa ${importKey}); không ghi gì thêm / already imported under ${importKey}; nothing written`
          : `Đã nhập / imported: ${result.created} hồ sơ mới / new, ${result.unchanged} đã có / already there (${states})`,
      );
      return 0;
    } catch (error) {
      bars.checking.stop();
      bars.writing.stop();
      if (!isAppError(error)) throw error;
      console.error(
        `Lỗi / Error ${error.code}: ${error.options.detail ?? ''} / ${error.options.detailEn ?? ''}`,
      );
      for (const e of error.options.errors ?? []) {
        const line = input.csv ? csvLineOf(input.csv, e.path) : undefined;
        console.error(
          `  ${line !== undefined ? `dòng / line ${line}: ` : ''}${e.path}: ${e.message} / ${e.messageEn}`,
        );
      }
      return 1;
    }
  });
}
