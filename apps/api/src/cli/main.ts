import { parseArgs } from 'node:util';
import { DataDirLockedError } from '@openprovince/db';
import { ERROR_CODES, isAppError } from '@openprovince/platform';
import type { ModuleManifest } from '@openprovince/platform/module';
import { ConfigError, loadConfig } from '../config.ts';
import { composePlatform, MODULES, type ModuleName } from '../modules.ts';
import { dbCommand } from './commands/db.ts';
import { dossiersCommand } from './commands/dossiers.ts';
import { seedCommand } from './commands/seed.ts';
import { userCommand } from './commands/user.ts';
import { progressBar } from './progress.ts';
import { withDatabase } from './with-database.ts';

const USAGE = `openprovince <lệnh / command>

  db migrate                         Áp dụng migration / apply migrations
  seed demo [--scale N]              Nạp dữ liệu mẫu Trà Vinh / load the Trà Vinh demo data
  user create-admin --username U --full-name "Họ tên" --agency-code CODE [--password P]
                                     Tạo quản trị hệ thống (in mã TOTP) / create a system administrator
  user totp <username>               Cấp lại khóa TOTP / issue a new TOTP secret
  user totp-code <username>          Mã TOTP hiện tại (chỉ dùng cho tài khoản mẫu) / current TOTP code
  audit verify [--anchor SEQ:HASH] [--json]
                                     Kiểm tra toàn vẹn nhật ký / verify the audit chain
  calendar show <year>               Xem lịch làm việc / show a year's calendar
  calendar prefill <year>            Điền sẵn ngày nghỉ theo luật / pre-fill statutory holidays (draft)
  calendar confirm <year>            Xác nhận lịch năm / confirm a year
  calendar import <file.json>        Nhập lịch từ tệp / import a calendar file
  drafts purge [--days N]            Xóa bản nháp hồ sơ quá hạn lưu (mặc định 30 ngày) / purge stale application drafts
  calendar deadline --start "dd/mm/yyyy HH:mm" (--days N | --hours N | --calendar-days N) [--agency-id ID]
                                     Tính hạn xử lý / compute a deadline
  dossiers import <file.json|file.csv> [--key KEY]
                                     Nhập hồ sơ lịch sử từ hệ thống cũ / import historic dossiers

Cơ sở dữ liệu / database: DATABASE_URL (PostgreSQL) hoặc / or PGlite tại / at ./data`;

const [group, ...rest] = process.argv.slice(2);
/**
 * Platform commands, then each module's (`manifest.cli`): a module's command runs on the configured
 * database with the deps the composition root builds for it. `user` stays here: `user totp-code` answers
 * for the demo accounts even while the server holds the embedded database. `dossiers import` reads CSV with
 * this app's reader (historic-csv.ts) and shows two progress bars.
 */
const commands: Record<string, (args: string[]) => Promise<number>> = {
  db: dbCommand,
  seed: seedCommand,
  user: userCommand,
  dossiers: dossiersCommand,
};
for (const manifest of MODULES) {
  const m = manifest as unknown as ModuleManifest<unknown>;
  for (const [group, command] of Object.entries(m.cli ?? {})) {
    if (commands[group]) throw new Error(`Two owners of the command group "${group}"`);
    commands[group] = (args) =>
      withDatabase(async (handle) => {
        const platform = composePlatform({ db: handle.db, config: loadConfig() });
        return command.run(platform.deps[m.name as ModuleName], args, { progress: progressBar });
      });
  }
}

async function run(): Promise<number> {
  if (!group || group === '--help' || group === 'help' || !commands[group]) {
    console.log(USAGE);
    return group && group !== '--help' && group !== 'help' ? 2 : 0;
  }
  return commands[group]!(rest);
}

try {
  process.exitCode = await run();
} catch (error) {
  if (isAppError(error)) {
    const def = ERROR_CODES[error.code];
    console.error(`Lỗi / Error ${error.code}: ${def.vi} / ${def.en}`);
    if (error.options.detail) console.error(`  ${error.options.detail}`);
    for (const e of error.options.errors ?? []) console.error(`  ${e.path}: ${e.message} / ${e.messageEn}`);
    process.exitCode = 1;
  } else if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exitCode = 3;
  } else if (error instanceof ConfigError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}

export { parseArgs };
