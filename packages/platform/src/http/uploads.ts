import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { MULTIPART_FORM } from './body-types.ts';
import { nulCharacterError } from './input-guards.ts';

/**
 * A route that takes a file from a form (`multipart/form-data`, ADR 0009). Declared in the route's
 * `config.upload`; the platform derives from it the route's media type (`consumes`), its OpenAPI body and
 * the limits the form is read with.
 */
export interface UploadSpec<F extends string = string> {
  /** The form field that carries the file, e.g. `file`. */
  file: string;
  /** The text fields, sent BEFORE the file (a browser's FormData keeps the order they were appended in). */
  fields: readonly F[];
  /** Text fields that must be there. */
  required?: readonly F[];
  /** The longest text field, in characters (100 unless given): fields are keys and names. */
  maxFieldLength?: number;
  /** The largest file, in bytes. Larger files are refused with 413 as soon as the limit is passed. */
  maxFileBytes: number;
  /** For the OpenAPI description: what the file may be ("PDF, PNG hoặc JPEG"). */
  description?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** This route takes a file from a form (multipart/form-data); read it with `readUpload`. */
    upload?: UploadSpec;
  }
}

/** The file of a form, not yet read: its bytes arrive as the route reads `content`. */
export interface UploadedFile {
  /** The name the client gave (metadata only, never a path). */
  fileName: string;
  /** The type the client declared; not to be believed (check the content). */
  declaredType: string;
  /**
   * The bytes as they arrive. Reading past `maxFileBytes` throws a 413 naming the field; a broken form a
   * 400. Read it once, after the checks that need no body (ownership, state), so a refused request costs
   * no disk.
   */
  content: AsyncIterable<Uint8Array>;
}

export interface Upload<F extends string> {
  fields: { [K in F]?: string };
  file: UploadedFile;
}

/** What the reader takes of a text field at most (bytes): fields are keys and names, never documents. */
const FIELD_BYTES = 1024;

const mb = (bytes: number) => Math.max(1, Math.round(bytes / 1024 / 1024));

function tooLarge(spec: UploadSpec): AppError {
  return AppError.forField({
    code: 'PAYLOAD_TOO_LARGE',
    path: `/body/${spec.file}`,
    message: `Tệp lớn hơn giới hạn ${mb(spec.maxFileBytes)} MB`,
    messageEn: `The file is larger than the ${mb(spec.maxFileBytes)} MB limit`,
    extra: { limitBytes: spec.maxFileBytes },
  });
}

function unreadable(cause: unknown): AppError {
  return new AppError('MALFORMED_REQUEST', {
    detail: 'Không đọc được biểu mẫu tải tệp (multipart/form-data)',
    detailEn: 'The upload form (multipart/form-data) could not be read',
    cause,
  });
}

/** What the multipart reader threw, as the problem the client gets: never a 500. */
function readError(spec: UploadSpec, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(spec);
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return AppError.forField({
      code: 'PAYLOAD_TOO_LARGE',
      path: '/body',
      message: `Biểu mẫu chỉ gồm một tệp (${spec.file}) và các trường ${spec.fields.join(', ') || '(không có)'}`,
      messageEn: `The form holds one file (${spec.file}) and the fields ${spec.fields.join(', ') || '(none)'}`,
      cause: error,
    });
  }
  return unreadable(error);
}

/** The route's upload spec: a route that reads a form without declaring one is a programming error. */
function specOf(request: FastifyRequest): UploadSpec {
  const spec = request.routeOptions.config?.upload;
  if (!spec) throw new Error(`route ${request.routeOptions.url} reads a form without config.upload`);
  return spec;
}

/**
 * Reads a form's text fields up to its file and hands the file over unread, to be streamed to the storage
 * (`storage.putStream(upload.file.content)`). A missing or empty field, an unknown one, a second file or a
 * file past its limit is a 4xx problem naming the field, in Vietnamese and English.
 */
export async function readUpload<F extends string>(request: FastifyRequest): Promise<Upload<F>> {
  const spec = specOf(request) as UploadSpec<F>;
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      detail: `Tải tệp bằng biểu mẫu ${MULTIPART_FORM}`,
      detailEn: `Upload the file as ${MULTIPART_FORM}`,
    });
  }
  const fields: { [K in F]?: string } = {};
  let filePart: MultipartFile | undefined;
  const parts = request.parts({
    limits: {
      fileSize: spec.maxFileBytes,
      files: 1,
      fields: spec.fields.length,
      fieldSize: FIELD_BYTES,
      parts: spec.fields.length + 1,
    },
  });
  try {
    for await (const part of parts as AsyncIterable<Multipart>) {
      if (part.type === 'file') {
        if (part.fieldname !== spec.file) {
          part.file.resume();
          throw AppError.forField({
            path: `/body/${part.fieldname}`,
            message: `Tệp phải gửi trong trường "${spec.file}"`,
            messageEn: `The file must be sent in the "${spec.file}" field`,
          });
        }
        filePart = part;
        break;
      }
      if (!(spec.fields as readonly string[]).includes(part.fieldname)) {
        throw AppError.forField({
          path: `/body/${part.fieldname}`,
          message: `Biểu mẫu không có trường "${part.fieldname}"`,
          messageEn: `The form has no field "${part.fieldname}"`,
        });
      }
      const longest = spec.maxFieldLength ?? 100;
      if (part.valueTruncated || String(part.value).length > longest) {
        throw AppError.forField({
          path: `/body/${part.fieldname}`,
          message: `Trường dài quá ${longest} ký tự`,
          messageEn: `The field is longer than ${longest} characters`,
        });
      }
      // PostgreSQL cannot store U+0000: refused here as in every JSON string (input-guards.ts).
      if (String(part.value).includes('\u0000')) throw nulCharacterError(`/body/${part.fieldname}`);
      fields[part.fieldname as F] = String(part.value);
    }
  } catch (error) {
    throw readError(spec, error);
  }
  const missing = [...(spec.required ?? [])].filter((name) => !fields[name]?.trim());
  if (missing.length > 0) {
    throw AppError.forFields(
      missing.map((name) => ({
        path: `/body/${name}`,
        message: `Thiếu trường "${name}" (gửi trước tệp)`,
        messageEn: `The field "${name}" is missing (send it before the file)`,
      })),
    );
  }
  if (!filePart) {
    throw AppError.forField({
      path: `/body/${spec.file}`,
      message: 'Chưa chọn tệp',
      messageEn: 'No file was sent',
    });
  }
  const file = filePart.file;
  async function* content(): AsyncIterable<Uint8Array> {
    try {
      for await (const chunk of file) {
        if (file.truncated) throw tooLarge(spec);
        yield chunk as Buffer;
      }
    } catch (error) {
      throw readError(spec, error);
    }
    if (file.truncated) throw tooLarge(spec);
  }
  return {
    fields,
    file: { fileName: filePart.filename, declaredType: filePart.mimetype, content: content() },
  };
}

/** The OpenAPI body of an upload route (documentation and the web app's types; the route reads the form). */
export function uploadBodySchema(spec: UploadSpec): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const name of spec.fields)
    properties[name] = { type: 'string', maxLength: spec.maxFieldLength ?? 100 };
  properties[spec.file] = {
    type: 'string',
    format: 'binary',
    description: `${spec.description ?? 'Tệp / File'} (≤ ${mb(spec.maxFileBytes)} MB)`,
  };
  return { type: 'object', properties, required: [...(spec.required ?? []), spec.file] };
}
