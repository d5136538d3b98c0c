import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/**
 * Where uploaded and generated files live. Callers never choose a file's name: the storage generates the
 * key, so a citizen's "../../etc/passwd.pdf" is only ever metadata. Chosen by configuration
 * (`FILE_STORAGE=local`, the default; an S3-compatible provider can implement the same interface).
 */
export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
}

export interface FileStorage {
  readonly kind: string;
  put(bytes: Uint8Array, options?: { prefix?: string }): Promise<StoredFile>;
  /**
   * Stores a file as it arrives (an upload), without holding it in memory. If the source fails (too large,
   * the client went away), nothing is left behind and the source's error is thrown.
   */
  putStream(source: FileSource, options?: { prefix?: string }): Promise<StoredFile>;
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

/** The bytes of a file as they arrive: an upload's stream, or a whole buffer given as `[bytes]`. */
export type FileSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

const KEY = /^[a-z0-9-]{1,40}\/\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

function newKey(prefix = 'files', now = new Date()): string {
  const safePrefix =
    prefix
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 40) || 'files';
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${safePrefix}/${now.getUTCFullYear()}/${month}/${randomUUID()}`;
}

function assertKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Files in a folder on the server's disk (`DATA_DIR/files` by default). */
export class LocalFolderStorage implements FileStorage {
  readonly kind = 'local';
  readonly #root: string;

  constructor(root: string) {
    this.#root = resolve(root);
  }

  #path(key: string): string {
    assertKey(key);
    const path = resolve(join(this.#root, key));
    if (!path.startsWith(this.#root + sep)) throw new Error('storage key escapes the root');
    return path;
  }

  async put(bytes: Uint8Array, options: { prefix?: string } = {}): Promise<StoredFile> {
    const key = newKey(options.prefix);
    const path = this.#path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: 'wx', mode: 0o640 });
    return { key, size: bytes.byteLength, sha256: sha256(bytes) };
  }

  async putStream(source: FileSource, options: { prefix?: string } = {}): Promise<StoredFile> {
    const key = newKey(options.prefix);
    const path = this.#path(key);
    await mkdir(dirname(path), { recursive: true });
    // Written beside its final place and renamed once complete (same folder, so the rename is atomic): a
    // reader never sees half a file under a key.
    const partial = `${path}.part`;
    const out = createWriteStream(partial, { flags: 'wx', mode: 0o640 });
    const hash = createHash('sha256');
    let size = 0;
    try {
      await new Promise<void>((ok, fail) => out.once('open', () => ok()).once('error', fail));
      for await (const chunk of source) {
        hash.update(chunk);
        size += chunk.byteLength;
        if (!out.write(chunk)) {
          await new Promise<void>((ok, fail) => {
            const onError = (error: Error) => fail(error);
            out.once('error', onError).once('drain', () => {
              out.off('error', onError);
              ok();
            });
          });
        }
      }
      await new Promise<void>((ok, fail) => out.once('error', fail).end(() => ok()));
      await rename(partial, path);
    } catch (error) {
      out.destroy();
      await rm(partial, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.#path(key));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await stat(this.#path(key));
      return true;
    } catch {
      return false;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }
}

/** Keeps files in memory: for unit tests of code that needs a storage, never for the running platform. */
export class MemoryStorage implements FileStorage {
  readonly kind = 'memory';
  readonly #files = new Map<string, Buffer>();

  async put(bytes: Uint8Array, options: { prefix?: string } = {}): Promise<StoredFile> {
    const key = newKey(options.prefix);
    this.#files.set(key, Buffer.from(bytes));
    return { key, size: bytes.byteLength, sha256: sha256(bytes) };
  }

  async putStream(source: FileSource, options: { prefix?: string } = {}): Promise<StoredFile> {
    const chunks: Buffer[] = [];
    for await (const chunk of source) chunks.push(Buffer.from(chunk));
    return this.put(Buffer.concat(chunks), options);
  }

  async get(key: string): Promise<Buffer> {
    assertKey(key);
    const file = this.#files.get(key);
    if (!file) throw Object.assign(new Error(`no file ${key}`), { code: 'ENOENT' });
    return file;
  }

  async exists(key: string): Promise<boolean> {
    return this.#files.has(key);
  }

  async delete(key: string): Promise<void> {
    this.#files.delete(key);
  }
}

export function createFileStorage(config: { kind?: string; root: string }): FileStorage {
  switch (config.kind ?? 'local') {
    case 'local':
      return new LocalFolderStorage(config.root);
    case 'memory':
      return new MemoryStorage();
    default:
      throw new Error(`unknown FILE_STORAGE "${config.kind}" (expected local or memory)`);
  }
}
