import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { composePlatform } from '../../modules.ts';
import { seedDemo } from '../../seed/seed-demo.ts';
import { progressBar } from '../progress.ts';
import { withDatabase } from '../with-database.ts';

const USAGE = 'Dùng / usage: openprovince seed demo [--scale N]';

export async function seedCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { scale: { type: 'string' } },
  });
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (positionals[0] !== 'demo' || !Number.isFinite(scale) || scale < 0) {
    console.error(USAGE);
    return 2;
  }
  await withDatabase(async (handle) => {
    const bars = new Map<string, ReturnType<typeof progressBar>>();
    const platform = composePlatform({ db: handle.db, config: loadConfig() });
    await seedDemo(platform, {
      scale,
      onProgress: (step, done, total) => {
        if (!bars.has(step)) bars.set(step, progressBar(step));
        bars.get(step)!.update(done, total);
      },
    });
    for (const bar of bars.values()) bar.stop();
    console.log(`Đã nạp dữ liệu mẫu / demo data loaded: ${handle.describe}`);
  });
  return 0;
}
