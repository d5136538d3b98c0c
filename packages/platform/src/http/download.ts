/**
 * Sending a file to the browser, one way for every module: the name goes out twice (RFC 6266) — an ASCII
 * `filename` any client understands and the Vietnamese one as RFC 5987 `filename*` — and the answer is never
 * kept by a shared cache (a dossier's attachment or an unpublished document is personal or internal).
 * Named `downloadFile` because `reply.download` belongs to @fastify/static.
 */
import type { FastifyInstance } from 'fastify';

export interface DownloadFile {
  body: Buffer | Uint8Array | string | NodeJS.ReadableStream;
  fileName: string;
  contentType: string;
  /** `inline` shows it in the browser (a PDF, a QR image); `attachment` (the default) saves it. */
  disposition?: 'attachment' | 'inline';
}

declare module 'fastify' {
  interface FastifyReply {
    /** Sends a file with its Content-Disposition, Content-Type and `cache-control: private, no-store`. */
    downloadFile(file: DownloadFile): FastifyReply;
  }
}

/** Vietnamese letters without their marks (đ → d); anything unsafe in a quoted file name → '-'. */
export function asciiFallbackName(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+(?=\.[^.]*$)|-+$/g, '');
  return ascii || 'tep';
}

/** `attachment; filename="Don-de-nghi.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20...` (RFC 6266, RFC 5987). */
export function contentDispositionOf(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  // encodeURIComponent leaves ' ( ) * unescaped; RFC 5987's attr-char does not allow them.
  const encoded = encodeURIComponent(fileName.normalize('NFC')).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${asciiFallbackName(fileName)}"; filename*=UTF-8''${encoded}`;
}

/** Adds `reply.downloadFile` (called by createHttpApp). */
export function installDownloads(app: FastifyInstance): void {
  app.decorateReply(
    'downloadFile',
    function downloadFile(this: import('fastify').FastifyReply, file: DownloadFile) {
      return this.header('content-type', file.contentType)
        .header('content-disposition', contentDispositionOf(file.fileName, file.disposition))
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );
}
