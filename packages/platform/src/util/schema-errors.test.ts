import { Type } from '@fastify/type-provider-typebox';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from './schema-errors.ts';

describe('schemaErrors', () => {
  const Schema = Type.Object(
    { items: Type.Array(Type.Object({ n: Type.Integer({ minimum: 1 }) }, { additionalProperties: false })) },
    { additionalProperties: false },
  );
  it('names each wrong field by its path under the prefix, once', () => {
    expect(schemaErrors(Schema, { items: [{ n: 1 }, { n: 0, x: 1 }] }, '/body')).toEqual([
      {
        path: '/body/items/1/x',
        message: 'Không nhận trường “x”',
        messageEn: '"x" is not an accepted field',
      },
      {
        path: '/body/items/1/n',
        message: 'Trường này phải lớn hơn hoặc bằng 1',
        messageEn: 'This field must be at least 1',
      },
    ]);
    expect(schemaErrors(Schema, { items: [] })).toEqual([]);
  });
});
