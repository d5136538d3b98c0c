import { migrateDatabase } from '@openprovince/db';
import { withDatabase } from '../with-database.ts';

export async function dbCommand([sub]: string[]): Promise<number> {
  if (sub !== 'migrate') {
    console.error('Dùng / usage: openprovince db migrate');
    return 2;
  }
  await withDatabase(
    async (handle) => {
      await migrateDatabase(handle);
      console.log(`Đã áp dụng migration / migrations applied: ${handle.describe}`);
    },
    { migrate: false },
  );
  return 0;
}
