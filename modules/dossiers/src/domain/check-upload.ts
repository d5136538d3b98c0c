import { AppError, nfc } from '@openprovince/platform';
import type { FileSource, FileStorage, StoredFile } from '@openprovince/storage';
import { fileTypeFromBuffer } from 'file-type';
import type { AttachmentLimits } from '../deps.ts';

/** Keeps a file name harmless as metadata: no path, no control or bidi-override characters. */
export function safeFileName(name: string): string {
  const base = nfc(name).split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').replace(/^\.+/, '');
  return cleaned.slice(0, 200) || 'tep-dinh-kem';
}

/** A file's bytes: a whole buffer, or an upload as it arrives (a form's file stream). */
export type UploadContent = Uint8Array | FileSource;

/** What file-type needs to read a type from the start of a file. */
const HEAD_BYTES = 4100;

function sizeError(limits: AttachmentLimits, path: string | undefined): AppError {
  const max = Math.round(limits.maxBytes / 1024 / 1024);
  const detail = `Tệp phải có dung lượng từ 1 byte đến ${max} MB`;
  const detailEn = `A file must be between 1 byte and ${max} MB`;
  return new AppError('PAYLOAD_TOO_LARGE', {
    detail,
    detailEn,
    extra: { limitBytes: limits.maxBytes },
    ...(path ? { errors: [{ path, message: detail, messageEn: detailEn }] } : {}),
  });
}

/**
 * The checks every uploaded file passes, a dossier's attachment or a draft's: the size, the type read from
 * the content (file-type), never from the name, and a name whose extension matches that content. `bytes`
 * may be only the start of the file (the size is then checked as the rest arrives, see storeUpload).
 */
export async function checkUpload(
  limits: AttachmentLimits,
  input: { fileName: string; bytes: Uint8Array; path?: string | undefined },
): Promise<{ fileName: string; mediaType: string }> {
  // `path` names the form field in the field errors, so the page can show the message next to it.
  const field = (message: string, messageEn: string) =>
    input.path ? { errors: [{ path: input.path, message, messageEn }] } : {};
  if (input.bytes.byteLength === 0 || input.bytes.byteLength > limits.maxBytes) {
    throw sizeError(limits, input.path);
  }
  const sniffed = await fileTypeFromBuffer(input.bytes);
  if (!sniffed || !limits.mediaTypes.includes(sniffed.mime)) {
    const detail = 'Chỉ nhận tệp PDF, PNG hoặc JPEG (kiểm tra theo nội dung tệp, không theo tên)';
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      detail,
      detailEn: 'Only PDF, PNG or JPEG files are accepted (checked by content, not by name)',
      extra: { detected: sniffed?.mime ?? null },
      ...field(detail, 'Only PDF, PNG or JPEG files are accepted (checked by content, not by name)'),
    });
  }
  const fileName = safeFileName(input.fileName);
  const extOk =
    fileName.toLowerCase().endsWith(`.${sniffed.ext}`) ||
    (sniffed.ext === 'jpg' && /\.jpe?g$/i.test(fileName));
  if (!extOk) {
    const detail = `Tên tệp không khớp nội dung (nội dung là ${sniffed.ext.toUpperCase()})`;
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      detail,
      detailEn: `The file name does not match its content (${sniffed.ext})`,
      extra: { detected: sniffed.mime },
      ...field(detail, `The file name does not match its content (${sniffed.ext})`),
    });
  }
  return { fileName, mediaType: sniffed.mime };
}

/** The bytes of an upload, counted as they arrive: past the limit, a 413 and no more reading. */
async function* limited(content: UploadContent, limits: AttachmentLimits, path: string | undefined) {
  let size = 0;
  for await (const chunk of content instanceof Uint8Array ? [content] : content) {
    size += chunk.byteLength;
    if (size > limits.maxBytes) throw sizeError(limits, path);
    yield chunk;
  }
}

/**
 * Checks an upload and streams it to the file storage: its start is read first, so a file of the wrong
 * type is refused before anything is written; the rest goes to the storage as it arrives, never whole in
 * memory, and a file past the limit leaves nothing behind. The caller deletes the stored file if its
 * transaction fails.
 */
export async function storeUpload(
  deps: { storage: FileStorage; attachmentLimits: AttachmentLimits },
  input: { fileName: string; content: UploadContent; prefix: string; path?: string | undefined },
): Promise<{ fileName: string; mediaType: string; stored: StoredFile }> {
  const source = limited(input.content, deps.attachmentLimits, input.path)[Symbol.asyncIterator]();
  const read: Uint8Array[] = [];
  let headSize = 0;
  let ended = false;
  while (headSize < HEAD_BYTES) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    read.push(next.value);
    headSize += next.value.byteLength;
  }
  const checked = await checkUpload(deps.attachmentLimits, {
    fileName: input.fileName,
    bytes: Buffer.concat(read),
    path: input.path,
  });
  async function* whole() {
    yield* read;
    if (ended) return;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }
  const stored = await deps.storage.putStream(whole(), { prefix: input.prefix });
  return { ...checked, stored };
}
