import { Type } from '@fastify/type-provider-typebox';
import { describe, expect, it } from 'vitest';
import { boundIntegers, INT32, jsonNestsDeeperThan } from './input-guards.ts';

describe('JSON nesting limit', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(jsonNestsDeeperThan('{"a":[1,{"b":2}]}', 3)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":[1,{"b":2}]}', 2)).toBe(true);
    expect(jsonNestsDeeperThan(`{"text":"${'['.repeat(1000)}"}`, 2)).toBe(false);
    expect(jsonNestsDeeperThan(`{"t":"a\\"[[[[","u":[[1]]}`, 3)).toBe(false);
    expect(jsonNestsDeeperThan(`{"t":"a\\\\","u":[[[1]]]}`, 3)).toBe(true);
    expect(jsonNestsDeeperThan(`${'['.repeat(5000)}${']'.repeat(5000)}`, 64)).toBe(true);
  });

  it('scans a long base64 string in a fraction of the time JSON.parse takes for it', () => {
    // As the body parser gets it: decoded from the request's bytes.
    const json = JSON.stringify({ fileName: 'a.pdf', contentBase64: 'QUJD'.repeat(4_000_000) });
    const body = Buffer.from(json).toString('utf8');
    let started = performance.now();
    expect(jsonNestsDeeperThan(body, 64)).toBe(false);
    const scan = performance.now() - started;
    started = performance.now();
    JSON.parse(body);
    const parse = performance.now() - started;
    expect(scan).toBeLessThan(parse / 2);
  });
});

describe('integer bounds of request schemas', () => {
  it('bounds every integer without bounds to PostgreSQL integer, keeping the bounds a schema has', () => {
    const query = Type.Object({
      offset: Type.Optional(Type.Integer({ minimum: 0 })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
      years: Type.Optional(Type.Array(Type.Integer())),
      either: Type.Optional(Type.Union([Type.Integer(), Type.String()])),
      name: Type.Optional(Type.String()),
    });
    const bounded = boundIntegers(query) as unknown as {
      properties: Record<string, Record<string, unknown> & { items?: object; anyOf?: object[] }>;
    };
    expect(bounded.properties.offset).toMatchObject({ minimum: 0, maximum: INT32.maximum });
    expect(bounded.properties.limit).toMatchObject({ minimum: 1, maximum: 500 });
    expect(bounded.properties.years?.items).toMatchObject(INT32);
    expect(bounded.properties.either?.anyOf?.[0]).toMatchObject(INT32);
    expect(bounded.properties.name).toBe(query.properties.name);
    // the shared schema is not changed; TypeBox's kind (a symbol key) survives the copy
    expect((query.properties.offset as { maximum?: number }).maximum).toBeUndefined();
    expect(Object.getOwnPropertySymbols(bounded)).toEqual(Object.getOwnPropertySymbols(query));
  });

  it('returns a schema that needs nothing as it is', () => {
    const body = Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 5 }), name: Type.String() });
    expect(boundIntegers(body)).toBe(body);
  });
});
