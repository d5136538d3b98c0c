import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS } from '../context/actor.ts';
import { createHttpApp, type HttpApp } from './create-http-app.ts';
import { readUpload, type UploadSpec } from './uploads.ts';

const citizen = { kind: 'citizen', citizenId: 'c1', sessionId: 's1' } as unknown as Actor;

/** A multipart/form-data body, built by hand so the tests control the order and the bytes of the parts. */
function form(
  parts: Array<
    { name: string; value: string } | { name: string; fileName: string; type: string; bytes: Buffer }
  >,
) {
  const boundary = '----op-test-boundary';
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('value' in part) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
        ),
      );
    } else {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\nContent-Type: ${part.type}\r\n\r\n`,
        ),
        part.bytes,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

const SPEC: UploadSpec<'componentKey'> = {
  file: 'file',
  fields: ['componentKey'],
  required: ['componentKey'],
  maxFileBytes: 1024,
};

describe('form uploads (multipart/form-data, ADR 0009)', () => {
  let app: HttpApp;
  let handled = 0;
  let stored: { componentKey?: string; fileName: string; size: number } | undefined;

  beforeAll(async () => {
    app = await createHttpApp({
      cookieSecret: 'x'.repeat(32),
      logLevel: 'silent',
      rateLimit: { anonymousPerMinute: 10_000, accountPerMinute: 10_000 },
      resolveActor: async (request) => (request.headers['x-test-user'] ? citizen : ANONYMOUS),
    });
    app.post('/api/uploads', { config: { access: 'citizen', upload: SPEC } }, async (request, reply) => {
      handled++;
      const upload = await readUpload<'componentKey'>(request);
      let size = 0;
      for await (const chunk of upload.file.content) size += chunk.byteLength;
      stored = { ...upload.fields, fileName: upload.file.fileName, size };
      return reply.code(201).send(stored);
    });
    app.post('/api/json', { config: { access: 'public' } }, async () => ({ ok: true }));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  const post = (body: ReturnType<typeof form>, headers: Record<string, string> = { 'x-test-user': '1' }) =>
    app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { 'content-type': body.contentType, ...headers },
      payload: body.payload,
    });

  it('streams the file to the route with the fields sent before it', async () => {
    const res = await post(
      form([
        { name: 'componentKey', value: 'to-khai' },
        { name: 'file', fileName: 'tờ khai.pdf', type: 'application/pdf', bytes: Buffer.alloc(1024, 0x41) },
      ]),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ componentKey: 'to-khai', fileName: 'tờ khai.pdf', size: 1024 });
  });

  it('refuses a file over the route’s limit with 413 naming the file field', async () => {
    const res = await post(
      form([
        { name: 'componentKey', value: 'to-khai' },
        { name: 'file', fileName: 'big.pdf', type: 'application/pdf', bytes: Buffer.alloc(1025, 0x41) },
      ]),
    );
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      errors: [{ path: '/body/file', message: expect.stringContaining('MB'), messageEn: expect.any(String) }],
    });
  });

  it('names a missing file, a missing field, an unknown field and a file in the wrong field (400)', async () => {
    const file = { name: 'file', fileName: 'a.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF') };
    const cases = [
      { body: form([{ name: 'componentKey', value: 'to-khai' }]), path: '/body/file' },
      { body: form([file]), path: '/body/componentKey' },
      { body: form([file, { name: 'componentKey', value: 'late' }]), path: '/body/componentKey' },
      { body: form([{ name: 'note', value: 'x' }, file]), path: '/body/note' },
      {
        body: form([
          { name: 'componentKey', value: 'k' },
          { ...file, name: 'other' },
        ]),
        path: '/body/other',
      },
    ];
    for (const { body, path } of cases) {
      const res = await post(body);
      expect(res.statusCode, path).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json();
      expect(problem.errors[0]).toMatchObject({ path });
      expect(problem.errors[0].message).toBeTruthy();
      expect(problem.errors[0].messageEn).toBeTruthy();
    }
  });

  it('answers a broken form with 400, never 500', async () => {
    const cut = form([{ name: 'componentKey', value: 'k' }]);
    const broken = [
      { payload: Buffer.from('not a form at all'), contentType: 'multipart/form-data' },
      { payload: cut.payload.subarray(0, 40), contentType: cut.contentType },
    ];
    for (const body of broken) {
      const res = await post(body);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('takes only forms on an upload route, and no form on a JSON route (415)', async () => {
    const json = await app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { 'x-test-user': '1' },
      payload: { componentKey: 'k', file: 'JVBERi0=' },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    const body = form([{ name: 'note', value: 'x' }]);
    const formToJson = await app.inject({
      method: 'POST',
      url: '/api/json',
      headers: { 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(formToJson.statusCode).toBe(415);
  });

  it('checks access before reading the form: an anonymous upload is 401 and the route never runs', async () => {
    const before = handled;
    const res = await post(
      form([
        { name: 'componentKey', value: 'k' },
        { name: 'file', fileName: 'a.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF') },
      ]),
      {},
    );
    expect(res.statusCode).toBe(401);
    expect(handled).toBe(before);
  });

  it('documents the form in OpenAPI (multipart/form-data, the fields and the binary file)', async () => {
    const doc = app.swagger() as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
      >;
    };
    const body = doc.paths['/api/uploads']?.post?.requestBody?.content['multipart/form-data']?.schema;
    expect(body).toMatchObject({
      type: 'object',
      required: ['componentKey', 'file'],
      properties: { componentKey: { type: 'string' }, file: { type: 'string', format: 'binary' } },
    });
  });
});
