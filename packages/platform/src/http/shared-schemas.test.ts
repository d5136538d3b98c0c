import { Type } from '@fastify/type-provider-typebox';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../context/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { createHttpApp } from './create-http-app.ts';
import { errorResponses } from './schemas.ts';

/** A dossier-like response schema shared by several routes, with a shared schema inside it. */
const Step = Type.Object({ name: Type.String() }, { $id: 'TestStep' });
const Thing = Type.Object(
  { id: Type.String(), count: Type.Integer(), steps: Type.Array(Step), note: Type.Optional(Type.String()) },
  { $id: 'TestThing' },
);

async function build(register?: (app: Awaited<ReturnType<typeof createHttpApp>>) => void) {
  const app = await createHttpApp({
    cookieSecret: 'x'.repeat(32),
    logLevel: 'silent',
    resolveActor: async () => ANONYMOUS,
  });
  const thing = { id: 't1', count: 2, steps: [{ name: 'một', secret: 'dropped' }], internal: 'dropped' };
  app.get(
    '/api/things/one',
    { config: { access: 'public' }, schema: { response: { 200: Thing, ...errorResponses } } },
    async () => thing,
  );
  // Inside an encapsulated plugin, as the modules' routes are.
  await app.register(async (child) => {
    child.get(
      '/api/things/list',
      {
        config: { access: 'public' },
        schema: { response: { 200: Type.Object({ items: Type.Array(Thing) }), ...errorResponses } },
      },
      async () => ({ items: [thing] }),
    );
    child.get(
      '/api/things/missing',
      { config: { access: 'public' }, schema: { response: { 200: Thing, ...errorResponses } } },
      async () => {
        throw new AppError('NOT_FOUND', { detail: 'Không có', detailEn: 'None' });
      },
    );
  });
  register?.(app);
  await app.ready();
  return app;
}

describe('shared response schemas', () => {
  it('lists the problem document and each schema with a $id once, under components.schemas', async () => {
    const app = await build();
    const doc = app.swagger() as unknown as {
      components: { schemas: Record<string, unknown> };
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(Object.keys(doc.components.schemas).sort()).toEqual(['Problem', 'TestStep', 'TestThing']);
    const one = doc.paths['/api/things/one']?.get?.responses;
    expect(one?.['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/TestThing' } } },
    });
    expect(one?.['4XX']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
    expect(JSON.stringify(doc.components.schemas.TestThing)).toContain('#/components/schemas/TestStep');
    // Nothing inlined: the only copies of the bodies are the components.
    expect(JSON.stringify(doc.paths)).not.toContain('"titleEn"');
    expect(JSON.stringify(doc.paths)).not.toContain('"steps"');
    await app.close();
  });

  it('serializes through the references as before: declared fields only, problems in full', async () => {
    const app = await build();
    const one = await app.inject('/api/things/one');
    expect(one.json()).toEqual({ id: 't1', count: 2, steps: [{ name: 'một' }] });
    const list = await app.inject('/api/things/list');
    expect(list.json()).toEqual({ items: [{ id: 't1', count: 2, steps: [{ name: 'một' }] }] });
    const missing = await app.inject('/api/things/missing');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'Không có', detailEn: 'None' });
    await app.close();
  });

  it('refuses two different schemas under one $id (one route would answer with the other shape)', async () => {
    await expect(
      build((app) => {
        app.get(
          '/api/things/other',
          {
            config: { access: 'public' },
            schema: { response: { 200: Type.Object({ other: Type.String() }, { $id: 'TestThing' }) } },
          },
          async () => ({ other: 'x' }),
        );
      }),
    ).rejects.toThrow(/Two different schemas share the \$id 'TestThing'/);
  });
});
