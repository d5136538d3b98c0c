import { AppError, nfc } from '@openprovince/platform';
import { fileTypeFromBuffer } from 'file-type';
import type { AttachmentLimits } from '../dossier-deps.ts';

/** Keeps a file name harmless as metadata: no path, no control or bidi-override characters. */
export function safeFileName(name: string): string {
  const base = nfc(name).split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').replace(/^\.+/, '');
  return cleaned.slice(0, 200) || 'tep-dinh-kem';
}

/**
 * The checks every uploaded file passes, a dossier's attachment or a draft's: the size, the type read from
 * the content (file-type), never from the name, and a name whose extension matches that content.
 */
export async function checkUpload(
  limits: AttachmentLimits,
  input: { fileName: string; bytes: Uint8Array; path?: string | undefined },
): Promise<{ fileName: string; mediaType: string }> {
  // `path` names the form field in the field errors, so the page can show the message next to it.
  const field = (message: string, messageEn: string) =>
    input.path ? { errors: [{ path: input.path, message, messageEn }] } : {};
  if (input.bytes.byteLength === 0 || input.bytes.byteLength > limits.maxBytes) {
    const detail = `Tệp phải có dung lượng từ 1 byte đến ${Math.round(limits.maxBytes / 1024 / 1024)} MB`;
    throw new AppError('PAYLOAD_TOO_LARGE', {
      detail,
      detailEn: `A file must be between 1 byte and ${Math.round(limits.maxBytes / 1024 / 1024)} MB`,
      ...field(detail, `A file must be between 1 byte and ${Math.round(limits.maxBytes / 1024 / 1024)} MB`),
    });
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
