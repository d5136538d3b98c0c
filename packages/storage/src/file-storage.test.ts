import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type FileStorage, LocalFolderStorage, MemoryStorage } from './file-storage.ts';

const root = mkdtempSync(join(tmpdir(), 'op-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The same contract for every provider.
describe.each<[string, () => FileStorage]>([
  ['local folder', () => new LocalFolderStorage(root)],
  ['memory', () => new MemoryStorage()],
])('file storage contract: %s', (_name, make) => {
  it('stores bytes under a generated key and returns them with their SHA-256', async () => {
    const storage = make();
    const bytes = Buffer.from('Hồ sơ đăng ký khai sinh');
    const stored = await storage.put(bytes, { prefix: 'dossiers' });
    expect(stored.key).toMatch(/^dossiers\/\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(stored.size).toBe(bytes.length);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await storage.get(stored.key)).toEqual(bytes);
    expect(await storage.exists(stored.key)).toBe(true);
    await storage.delete(stored.key);
    expect(await storage.exists(stored.key)).toBe(false);
  });

  it('never lets a key name a path outside its place', async () => {
    const storage = make();
    await expect(storage.get('../../etc/passwd')).rejects.toThrow();
    await expect(storage.get('files/2021/02/../../../x')).rejects.toThrow();
    const stored = await storage.put(Buffer.from('x'), { prefix: '../../evil' });
    expect(stored.key.startsWith('------evil/')).toBe(true);
  });
});
