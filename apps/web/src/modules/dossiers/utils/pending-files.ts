/**
 * The files chosen in the application, until it is sent (they are uploaded right after the dossier is
 * created). Kept in memory and, when they fit, in sessionStorage, so a reload of the tab keeps them; the
 * draft in localStorage holds only answers (files are too large and too personal to linger there).
 */
export type PendingFiles = Record<string, File>;

const memory = new Map<string, PendingFiles>();
const key = (procedureId: string) => `openprovince.files.${procedureId}`;

interface StoredFile {
  name: string;
  type: string;
  data: string;
}

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function loadPendingFiles(procedureId: string): PendingFiles {
  const inMemory = memory.get(procedureId);
  if (inMemory) return inMemory;
  try {
    const text = session()?.getItem(key(procedureId));
    if (!text) return {};
    const stored = JSON.parse(text) as Record<string, StoredFile>;
    const files: PendingFiles = {};
    for (const [component, f] of Object.entries(stored)) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      files[component] = new File([bytes], f.name, { type: f.type });
    }
    memory.set(procedureId, files);
    return files;
  } catch {
    return {};
  }
}

export async function savePendingFiles(procedureId: string, files: PendingFiles): Promise<void> {
  memory.set(procedureId, files);
  try {
    const stored: Record<string, StoredFile> = {};
    for (const [component, f] of Object.entries(files)) {
      stored[component] = {
        name: f.name,
        type: f.type,
        data: toBase64(new Uint8Array(await f.arrayBuffer())),
      };
    }
    session()?.setItem(key(procedureId), JSON.stringify(stored));
  } catch {
    // Over the quota: the files stay in memory for this tab only.
    session()?.removeItem(key(procedureId));
  }
}

export function clearPendingFiles(procedureId: string): void {
  memory.delete(procedureId);
  try {
    session()?.removeItem(key(procedureId));
  } catch {
    // Nothing to do.
  }
}
