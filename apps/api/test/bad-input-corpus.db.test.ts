import { totpAt } from '@openprovince/identity';
import { makeAgency, makeOfficial, sessionCookieFrom, TEST_PASSWORD } from '@openprovince/identity/testing';
import { ERROR_CODES, type HttpApp } from '@openprovince/platform';
import { mergeRoles } from '@openprovince/platform/module';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { MODULES } from '../src/modules.ts';

/**
 * The bad-input corpus: every operation of the OpenAPI document gets malformed input — a NUL character in each
 * path parameter, query parameter and body string, out-of-range numbers (1e308, 1e20, -1, 1.5) for each
 * integer, JSON nested 5,000 deep, malformed JSON, wrong content types, overlong strings, bad headers — from
 * an anonymous caller, from an official holding every role and, for what an official may not call, from a
 * citizen. Whatever the operation does with it, the
 * answer is never a 5xx, an error is always application/problem+json with the Vietnamese title and the
 * English one, and the server still answers afterwards.
 */

interface JsonSchema {
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  minLength?: number;
  maxLength?: number;
}
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  schema: JsonSchema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
  /** An upload's form (multipart/form-data): its text fields and its binary file. */
  form?: JsonSchema;
}

const SECRET = 'JBSWY3DPEHPK3PXP';
const UUID = '00000000-0000-4000-8000-000000000000';
const NUL = '\u0000';

/** A value the schema accepts, so that the one broken field is what the operation meets. */
function sample(schema: JsonSchema | undefined, text: (s: JsonSchema) => unknown = plainText): unknown {
  if (!schema) return 'x';
  if (schema.enum) return schema.enum[0];
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant) return sample(variant, text);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, s]) => [key, sample(s, text)]),
      );
    case 'array':
      return [sample(schema.items, text)];
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'string':
      return text(schema);
    default:
      return 'x';
  }
}

function plainText(schema: JsonSchema): string {
  if (schema.format === 'uuid') return UUID;
  if (schema.format === 'date') return '2021-02-10';
  if (schema.format === 'date-time') return '2021-02-10T08:00:00.000Z';
  if (schema.format === 'email') return 'a@example.vn';
  return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
}

/** The same body with every integer (number) replaced by `value`. */
function withNumbers(schema: JsonSchema | undefined, value: number): unknown {
  if (!schema) return value;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' || type === 'number') return value;
  if (type === 'object') {
    return Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([key, s]) => [key, withNumbers(s, value)]),
    );
  }
  if (type === 'array') return [withNumbers(schema.items, value)];
  return sample(schema);
}

function pathValue(parameter: Parameter | undefined): string {
  const schema = parameter?.schema ?? {};
  if (schema.type === 'integer' || schema.type === 'number') return '2021';
  if (schema.format === 'date' || /date/i.test(parameter?.name ?? '')) return '2021-02-10';
  if (/year/i.test(parameter?.name ?? '')) return '2021';
  if (schema.enum) return String(schema.enum[0]);
  return schema.format === 'uuid' ? UUID : 'x';
}

function urlFor(op: Operation, replace: Record<string, string> = {}, query = ''): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    name in replace
      ? (replace[name] as string)
      : encodeURIComponent(pathValue(op.parameters.find((p) => p.in === 'path' && p.name === name))),
  );
  return query ? `${path}?${query}` : path;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** Larger than any upload route takes (20 MB), so the size limit is met wherever the route reads the file. */
const TOO_LARGE = Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024, 0x41)]);

/** A form for an upload operation: its text fields (`text` of each) first, then the binary file(s). */
function formFor(
  schema: JsonSchema,
  options: {
    text?: (s: JsonSchema) => string;
    file?: { bytes: Buffer; name: string; field?: string } | null;
    extra?: string;
  } = {},
): FormData {
  const form = new FormData();
  const properties = Object.entries(schema.properties ?? {});
  for (const [name, s] of properties) {
    if (s.format !== 'binary') form.append(name, (options.text ?? plainText)(s));
  }
  if (options.extra) form.append(options.extra, 'x');
  if (options.file === null) return form;
  const file = options.file ?? { bytes: PDF, name: 'tep.pdf' };
  for (const [name, s] of properties) {
    if (s.format === 'binary') form.append(file.field ?? name, new Blob([file.bytes]), file.name);
  }
  return form;
}

/** The corpus for one operation: [label, request]. */
function corpus(op: Operation): [string, InjectOptions][] {
  const method = op.method.toUpperCase() as InjectOptions['method'];
  const takesBody = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(String(method));
  const validBody = op.body ? sample(op.body) : undefined;
  const json = (payload: unknown): Partial<InjectOptions> =>
    takesBody ? { payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } } : {};
  const base = (extra: Partial<InjectOptions> = {}): InjectOptions => ({
    method,
    url: urlFor(op),
    ...json(validBody ?? {}),
    ...extra,
  });
  const cases: [string, InjectOptions][] = [];
  // An upload operation: its well-formed request is a form, and the form itself gets broken too.
  const formRequest = (form: FormData): Partial<InjectOptions> => ({ payload: form, headers: {} });
  if (op.form) {
    const schema = op.form;
    const upload = (extra: Partial<InjectOptions> = {}): InjectOptions => ({
      ...base(formRequest(formFor(schema))),
      ...extra,
    });
    cases.push(['a well-formed form', upload()]);
    cases.push([
      'form: NUL in every field',
      upload(formRequest(formFor(schema, { text: () => `a${NUL}b` }))),
    ]);
    cases.push([
      'form: overlong fields',
      upload(formRequest(formFor(schema, { text: () => 'ă'.repeat(5000) }))),
    ]);
    cases.push(['form: no file', upload(formRequest(formFor(schema, { file: null })))]);
    cases.push(['form: an unknown field', upload(formRequest(formFor(schema, { extra: 'khac' })))]);
    cases.push([
      'form: the file in an unknown field',
      upload(formRequest(formFor(schema, { file: { bytes: PDF, name: 'a.pdf', field: 'tep' } }))),
    ]);
    cases.push([
      'form: a file that is not what its name says',
      upload(formRequest(formFor(schema, { file: { bytes: Buffer.from('MZ\x90\x00 exe'), name: 'a.pdf' } }))),
    ]);
    cases.push([
      'form: an empty file',
      upload(formRequest(formFor(schema, { file: { bytes: Buffer.alloc(0), name: 'a.pdf' } }))),
    ]);
    cases.push([
      'form: a file over every limit',
      upload(formRequest(formFor(schema, { file: { bytes: TOO_LARGE, name: 'lon.pdf' } }))),
    ]);
    cases.push([
      'form: cut off',
      upload({
        payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
        headers: { 'content-type': 'multipart/form-data; boundary=b' },
      }),
    ]);
    cases.push([
      'form: no boundary',
      upload({ payload: 'x', headers: { 'content-type': 'multipart/form-data' } }),
    ]);
  }

  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    cases.push([`NUL in path {${p.name}}`, base({ url: urlFor(op, { [p.name]: `a%00b` }) })]);
    cases.push([`overlong path {${p.name}}`, base({ url: urlFor(op, { [p.name]: 'a'.repeat(300) }) })]);
    cases.push([`bad escape in path {${p.name}}`, base({ url: urlFor(op, { [p.name]: '%E0%A4%A' }) })]);
  }
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    const type = Array.isArray(p.schema.type) ? p.schema.type[0] : p.schema.type;
    cases.push([`NUL in ?${p.name}`, base({ url: urlFor(op, {}, `${p.name}=a%00b`) })]);
    if (type === 'integer' || type === 'number') {
      for (const value of ['1e308', '1e20', '-1', '1.5', 'Infinity']) {
        cases.push([`?${p.name}=${value}`, base({ url: urlFor(op, {}, `${p.name}=${value}`) })]);
      }
    } else {
      cases.push([`overlong ?${p.name}`, base({ url: urlFor(op, {}, `${p.name}=${'ă'.repeat(5000)}`) })]);
    }
  }
  if (takesBody) {
    const deep = `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    cases.push(['JSON nested 5,000 deep', base({ payload: deep })]);
    cases.push(['malformed JSON', base({ payload: '{"a":' })]);
    cases.push(['empty JSON body', base({ payload: '' })]);
    cases.push(['JSON null', base({ payload: 'null' })]);
    cases.push(['JSON array', base({ payload: '[1,2]' })]);
    for (const type of [
      'text/plain',
      'application/xml',
      'application/pdf',
      'multipart/form-data; boundary=x',
    ]) {
      cases.push([
        `content type ${type}`,
        base({ payload: '%PDF-1.7 <a/>', headers: { 'content-type': type } }),
      ]);
    }
    cases.push([
      'content type with a bad charset',
      base({ headers: { 'content-type': 'application/json; charset=utf-99' } }),
    ]);
    if (op.body) {
      cases.push(['NUL in every body string', base(json(sample(op.body, () => `a${NUL}b`)))]);
      cases.push(['overlong body strings', base(json(sample(op.body, () => 'ă'.repeat(60_000))))]);
      cases.push(['1e308 in every body number', base(json(withNumbers(op.body, 1e308)))]);
      cases.push(['-1e20 in every body number', base(json(withNumbers(op.body, -1e20)))]);
      cases.push(['1.5 in every body number', base(json(withNumbers(op.body, 1.5)))]);
    }
  }
  cases.push([
    'bad headers',
    base({
      headers: {
        ...(takesBody ? { 'content-type': 'application/json' } : {}),
        'if-match': 'garbage',
        'if-none-match': '"',
        'idempotency-key': 'k'.repeat(2000),
        'x-request-id': '../../etc/passwd',
        'accept-language': 'vi;q=abc',
        'x-payment-signature': 'nothex',
        range: 'bytes=abc',
        cookie: 'op_session=%00%zz; other=1',
      },
    }),
  ]);
  return cases;
}

function operationsOf(doc: {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }
    >
  >;
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const body = op.requestBody?.content?.['application/json']?.schema;
      const form = op.requestBody?.content?.['multipart/form-data']?.schema;
      ops.push({
        method,
        path,
        parameters: op.parameters ?? [],
        ...(body ? { body } : {}),
        ...(form ? { form } : {}),
      });
    }
  }
  return ops;
}

/** What is wrong with an answer, or undefined when it is a proper one. */
function faultOf(res: LightMyRequestResponse): string | undefined {
  if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 160)}`;
  if (res.statusCode < 400) return undefined;
  if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) {
    return `${res.statusCode} as ${res.headers['content-type']}: ${res.body.slice(0, 160)}`;
  }
  const problem = res.json() as {
    code: keyof typeof ERROR_CODES;
    title: string;
    titleEn: string;
    status: number;
  };
  const expected = ERROR_CODES[problem.code];
  if (!expected || problem.status !== res.statusCode)
    return `${res.statusCode} with ${res.body.slice(0, 160)}`;
  if (problem.title !== expected.vi || problem.titleEn !== expected.en)
    return `titles ${res.body.slice(0, 160)}`;
  return undefined;
}

describe('the bad-input corpus against every operation of the OpenAPI document', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let officialCookie = '';
  let citizenCookie = '';
  const as = (request: InjectOptions, cookie: string): InjectOptions => ({
    ...request,
    headers: { ...(request.headers as Record<string, string>), cookie },
  });

  async function signIn(): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'kiemthu', password: TEST_PASSWORD, totp: totpAt(SECRET, new Date()) },
    });
    expect(res.statusCode).toBe(200);
    return sessionCookieFrom(res);
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    app = await buildApp({
      db: t.db,
      config: { rateLimit: { anonymousPerMinute: 1_000_000, accountPerMinute: 1_000_000 } },
    });
    await app.ready();
    const agency = await makeAgency(t.db);
    await makeOfficial(t.db, {
      agencyId: agency.id,
      username: 'kiemthu',
      // Every role of the composed platform: every route's gate opens for this account.
      roles: Object.keys(mergeRoles(MODULES)),
      totpSecret: SECRET,
    });
    officialCookie = await signIn();
    const citizen = { personalId: '084201000999', password: 'Mật-khẩu-dân-2021' };
    const registered = await app.inject({
      method: 'POST',
      url: '/api/citizens',
      payload: { ...citizen, fullName: 'Thạch Thị Sa Rây', phone: '0912345678' },
    });
    expect(registered.statusCode).toBeLessThan(300);
    citizenCookie = sessionCookieFrom(
      await app.inject({ method: 'POST', url: '/api/auth/citizen-login', payload: citizen }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('never answers 5xx, always problem+json in Vietnamese and English, and the server still answers', async () => {
    const doc = (await app.inject('/api/docs/json')).json();
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThan(100);
    // The uploads are in the document as forms, so the corpus breaks their forms too.
    expect(operations.filter((op) => op.form).map((op) => `${op.method} ${op.path}`)).toEqual(
      expect.arrayContaining(['post /api/dossier-drafts/{id}/files', 'post /api/dossiers/{id}/attachments']),
    );
    const started = performance.now();
    let requests = 0;
    const faults: string[] = [];
    const check = (res: LightMyRequestResponse, name: string) => {
      const fault = faultOf(res);
      if (fault) faults.push(`${name}: ${fault}`);
    };
    for (const op of operations) {
      // Signing out would end the caller's session for the rest of the corpus.
      const signsOut = /logout/.test(op.path);
      const cases = corpus(op);
      let officialRefused = false;
      for (const [label, request] of cases) {
        const name = `${op.method.toUpperCase()} ${op.path}: ${label}`;
        check(await app.inject(request), `${name} (anonymous)`);
        requests++;
        if (signsOut || label === 'bad headers') continue; // that case sends its own broken cookie
        const res = await app.inject(as(request, officialCookie));
        check(res, `${name} (official)`);
        requests++;
        if (res.statusCode === 403) officialRefused = true;
        if (res.statusCode === 401) {
          // An operation may end its own session (a password change): sign in again if it did.
          const me = await app.inject({ url: '/api/auth/me', headers: { cookie: officialCookie } });
          if (me.statusCode === 401) officialCookie = await signIn();
        }
      }
      // Citizens' own operations refuse an official before reading the input: a citizen sends it too.
      if (!officialRefused || signsOut) continue;
      for (const [label, request] of cases) {
        if (label === 'bad headers') continue;
        check(await app.inject(as(request, citizenCookie)), `${op.method} ${op.path}: ${label} (citizen)`);
        requests++;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `bad-input corpus: ${requests} requests over ${operations.length} operations in ${seconds.toFixed(1)} s`,
    );
    expect(faults).toEqual([]);
    const health = await app.inject('/api/health');
    expect(health.statusCode).toBe(200);
    expect((await app.inject('/api/ready')).statusCode).toBe(200);
  }, 300_000);
});
