import { createFileStorage } from '@openprovince/storage';
import { loadConfig } from '../../config.ts';
import { seedDemo } from '../../seed/seed-demo.ts';
import { progressBar } from '../progress.ts';
import { withDatabase } from '../with-database.ts';

export async function seedCommand([sub]: string[]): Promise<number> {
  if (sub !== 'demo') {
    console.error('Dùng / usage: openprovince seed demo');
    return 2;
  }
  await withDatabase(async (handle) => {
    const bars = new Map<string, ReturnType<typeof progressBar>>();
    const config = loadConfig();
    await seedDemo(handle.db, {
      pkiMasterKey: config.pkiMasterKey,
      publicBaseUrl: config.publicBaseUrl,
      storage: createFileStorage(config.fileStorage),
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
