import { Type } from '@fastify/type-provider-typebox';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../context/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { type ProblemDocument, toProblem, toProblemFieldError } from '../errors/problem.ts';
import { fieldErrorsFromSchemaValidation } from '../errors/validation-messages.ts';
import { createHttpApp } from './create-http-app.ts';
import { errorResponses } from './schemas.ts';

const Letter = Type.Object(
  {
    subject: Type.String({ minLength: 3, maxLength: 20, title: 'Trích yếu' }),
    draftingUnit: Type.Optional(
      Type.String({ pattern: '^[A-Z]{1,5}$', title: 'Đơn vị soạn thảo', examples: ['VP'] }),
    ),
    kind: Type.Enum({ letter: 'letter', plan: 'plan' }),
    replyTo: Type.Optional(Type.Union([Type.Null(), Type.String({ format: 'uuid' })])),
    copies: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    email: Type.Optional(Type.String({ format: 'email' })),
    recipients: Type.Array(Type.Object({ name: Type.String({ minLength: 1 }) }), { minItems: 1 }),
  },
  { additionalProperties: false },
);

async function build() {
  const app = await createHttpApp({
    cookieSecret: 'x'.repeat(32),
    logLevel: 'silent',
    resolveActor: async () => ANONYMOUS,
  });
  app.post(
    '/api/letters',
    {
      config: { access: 'public' },
      schema: {
        body: Letter,
        querystring: Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000 })) }),
        response: { 201: Type.Object({ ok: Type.Boolean() }), ...errorResponses },
      },
    },
    async (_request, reply) => reply.code(201).send({ ok: true }),
  );
  app.post(
    '/api/use-case',
    { config: { access: 'public' }, schema: { response: { 201: Type.Object({}), ...errorResponses } } },
    async () => {
      throw AppError.forField({
        path: '/draftingUnit',
        message: 'Công văn cần đơn vị soạn thảo',
        messageEn: 'An official letter needs its drafting unit',
      });
    },
  );
  await app.ready();
  return app;
}

const valid = { subject: 'Kế hoạch', kind: 'letter', recipients: [{ name: 'Sở Tư pháp' }] };

async function problemOf(payload: unknown, url = '/api/letters'): Promise<ProblemDocument> {
  const app = await build();
  const res = await app.inject({ method: 'POST', url, payload: payload as object });
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  await app.close();
  return res.json() as ProblemDocument;
}

describe('validation problems: one Vietnamese and English message per field', () => {
  it('names a missing field by its title and a field without one as "this field"', async () => {
    const problem = await problemOf({ kind: 'letter' });
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      {
        path: '/body/subject',
        field: 'subject',
        message: 'Trích yếu không được để trống',
        messageEn: 'The field "subject" is required',
      },
      {
        path: '/body/recipients',
        field: 'recipients',
        message: 'Trường này không được để trống',
        messageEn: 'This field is required',
      },
    ]);
    expect(problem.detail).toBe(
      'Có 2 trường chưa hợp lệ: Trích yếu không được để trống; Trường này không được để trống',
    );
  });

  it('translates the common keywords, one message per field, without JSON pointers or ajv English', async () => {
    const problem = await problemOf({
      ...valid,
      subject: 'ab',
      draftingUnit: 'vp',
      kind: 'decree',
      replyTo: 'not-a-uuid',
      copies: 1001,
      email: 'a@',
      recipients: [{ name: '' }],
      extra: true,
    });
    const byField = Object.fromEntries((problem.errors ?? []).map((e) => [e.field, e.message]));
    expect(byField).toEqual({
      extra: 'Không nhận trường “extra”',
      subject: 'Trích yếu phải có ít nhất 3 ký tự',
      draftingUnit: 'Đơn vị soạn thảo không đúng định dạng (ví dụ: VP)',
      kind: 'Trường này phải là một trong các giá trị: “letter”, “plan”',
      replyTo: 'Trường này không hợp lệ (cần mã định danh dạng UUID)',
      copies: 'Trường này phải nhỏ hơn hoặc bằng 1.000',
      email: 'Thư điện tử phải là địa chỉ thư điện tử hợp lệ',
      'recipients.0.name': 'Trường này không được để trống',
    });
    for (const e of problem.errors ?? []) {
      expect(e.message).not.toMatch(/must|\/body/);
      expect(e.messageEn).toMatch(/\S/);
    }
    expect(problem.errors?.find((e) => e.field === 'recipients.0.name')?.path).toBe(
      '/body/recipients/0/name',
    );
  });

  it('says what type a value must have, and reports query parameters as such', async () => {
    // Numbers and text are coerced into each other (ajv coerceTypes): an object is not.
    const typed = await problemOf({ ...valid, subject: { text: 'Kế hoạch' }, copies: 'nhiều' });
    expect(typed.errors?.map((e) => e.message)).toEqual([
      'Trích yếu phải là chuỗi ký tự',
      'Trường này phải là số nguyên',
    ]);
    const app = await build();
    const res = await app.inject({ method: 'POST', url: '/api/letters?year=1999', payload: valid });
    await app.close();
    expect(res.json().errors).toEqual([
      {
        path: '/querystring/year',
        field: 'year',
        message: 'Năm phải lớn hơn hoặc bằng 2.000',
        messageEn: 'The year must be at least 2,000',
      },
    ]);
  });

  it("carries a use case's field error through problem+json with its body path", async () => {
    const problem = await problemOf({}, '/api/use-case');
    expect(problem.detail).toBe('Công văn cần đơn vị soạn thảo');
    expect(problem.detailEn).toBe('An official letter needs its drafting unit');
    expect(problem.errors).toEqual([
      {
        path: '/body/draftingUnit',
        field: 'draftingUnit',
        message: 'Công văn cần đơn vị soạn thảo',
        messageEn: 'An official letter needs its drafting unit',
      },
    ]);
  });
});

describe('field errors', () => {
  it('keeps the request part of a pointer and reads a bare pointer as a body field', () => {
    const e = { message: 'm', messageEn: 'e' };
    expect(toProblemFieldError({ ...e, path: '/querystring/from' })).toMatchObject({
      path: '/querystring/from',
      field: 'from',
    });
    expect(toProblemFieldError({ ...e, path: 'steps/1/hours' })).toMatchObject({
      path: '/body/steps/1/hours',
      field: 'steps.1.hours',
    });
    expect(toProblemFieldError({ ...e, path: '/body' })).toMatchObject({ path: '/body', field: '' });
  });

  it('lists several fields in the detail and gives a code other than VALIDATION_FAILED when asked', () => {
    const error = AppError.forFields(
      [
        { path: '/body/a', message: 'A sai', messageEn: 'A is wrong' },
        { path: '/body/b', message: 'B sai', messageEn: 'B is wrong' },
      ],
      'BUSINESS_RULE_VIOLATED',
    );
    const problem = toProblem(error, 'r1');
    expect(problem.status).toBe(422);
    expect(problem.detail).toBe('Có 2 trường chưa hợp lệ: A sai; B sai');
    expect(problem.errors?.map((e) => e.field)).toEqual(['a', 'b']);
    const taken = AppError.forField({
      code: 'CONFLICT',
      path: '/body/username',
      message: 'Tên đăng nhập đã có người dùng',
      messageEn: 'The username is taken',
    });
    expect(toProblem(taken, 'r2')).toMatchObject({ status: 409, detail: 'Tên đăng nhập đã có người dùng' });
  });

  it('reads labels through anyOf branches and keeps working without a schema', () => {
    const errors = fieldErrorsFromSchemaValidation({
      part: 'body',
      errors: [
        {
          keyword: 'type',
          instancePath: '/due',
          schemaPath: '#/properties/due/anyOf/0/type',
          params: { type: 'null' },
        },
        {
          keyword: 'format',
          instancePath: '/due',
          schemaPath: '#/properties/due/anyOf/1/format',
          params: { format: 'date' },
        },
        { keyword: 'anyOf', instancePath: '/due', schemaPath: '#/properties/due/anyOf', params: {} },
      ],
      schema: { properties: { due: { title: 'Hạn xử lý', anyOf: [{ type: 'null' }, { type: 'string' }] } } },
    });
    expect(errors).toEqual([
      {
        path: '/body/due',
        message: 'Hạn xử lý phải là ngày hợp lệ (yyyy-mm-dd)',
        messageEn: 'The field "due" must be a valid date (yyyy-mm-dd)',
      },
    ]);
    expect(
      fieldErrorsFromSchemaValidation({
        part: 'params',
        errors: [
          {
            keyword: 'format',
            instancePath: '/id',
            schemaPath: '#/properties/id/format',
            params: { format: 'uuid' },
          },
        ],
      })[0],
    ).toEqual({
      path: '/params/id',
      message: 'Mã định danh không hợp lệ (cần mã định danh dạng UUID)',
      messageEn: 'The identifier must be an identifier (UUID)',
    });
  });
});
