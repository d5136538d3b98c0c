import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { asciiFallbackName, contentDispositionOf, installDownloads } from './download.ts';

describe('reply.downloadFile', () => {
  it('names the file in ASCII and in UTF-8 (RFC 5987) and forbids shared caches', async () => {
    const app = Fastify();
    installDownloads(app);
    app.get('/f', (_request, reply) =>
      reply.downloadFile({
        body: Buffer.from('%PDF-1.7'),
        fileName: "Đơn đề nghị (bản 2) của Nguyễn Thị Ánh's.pdf",
        contentType: 'application/pdf',
      }),
    );
    const res = await app.inject({ method: 'GET', url: '/f' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Don-de-nghi-ban-2-cua-Nguyen-Thi-Anh-s.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B%20%28b%E1%BA%A3n%202%29%20c%E1%BB%A7a%20Nguy%E1%BB%85n%20Th%E1%BB%8B%20%C3%81nh%27s.pdf`,
    );
    expect(res.body).toBe('%PDF-1.7');
    await app.close();
  });

  it('never lets a quote or a line break into the header, and shows inline when asked', () => {
    expect(contentDispositionOf('a"b\r\nc.txt', 'inline')).toBe(
      `inline; filename="a-b-c.txt"; filename*=UTF-8''a%22b%0D%0Ac.txt`,
    );
    expect(asciiFallbackName('漢字')).toBe('tep');
  });
});
