import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

  it('stores a stream as it arrives, with the same key, size and SHA-256 as a whole buffer', async () => {
    const storage = make();
    const bytes = Buffer.alloc(300_000, 0x61);
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 65_536) yield bytes.subarray(at, at + 65_536);
    }
    const streamed = await storage.putStream(chunks(), { prefix: 'drafts' });
    const whole = await storage.put(bytes);
    expect(streamed.key).toMatch(/^drafts\/\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(streamed.size).toBe(bytes.length);
    expect(streamed.sha256).toBe(whole.sha256);
    expect((await storage.get(streamed.key)).equals(bytes)).toBe(true);
  });

  it('leaves nothing behind when the stream fails half-way, and throws its error', async () => {
    const storage = make();
    const failure = new Error('client went away');
    async function* broken() {
      yield Buffer.from('%PDF-1.7 first part');
      throw failure;
    }
    await expect(storage.putStream(broken(), { prefix: 'broken' })).rejects.toBe(failure);
    if (storage instanceof LocalFolderStorage) {
      const left = readdirSync(root, { recursive: true }).filter((p) => String(p).startsWith('broken/'));
      expect(left.filter((p) => /[0-9a-f-]{36}/.test(String(p)))).toEqual([]);
    }
  });

  it('never lets a key name a path outside its place', async () => {
    const storage = make();
    await expect(storage.get('../../etc/passwd')).rejects.toThrow();
    await expect(storage.get('files/2021/02/../../../x')).rejects.toThrow();
    const stored = await storage.put(Buffer.from('x'), { prefix: '../../evil' });
    expect(stored.key.startsWith('------evil/')).toBe(true);
  });
});
