import type { TSchema } from '@fastify/type-provider-typebox';
import { Value } from 'typebox/value';
import type { FieldError } from '../errors/app-error.ts';
import {
  fieldErrorsFromSchemaValidation,
  type SchemaValidationError,
} from '../errors/validation-messages.ts';

/**
 * The field errors of `value` against a TypeBox schema, with paths under `prefix` (`/body/dossiers/3/code`),
 * for input that reaches a use case without the HTTP layer's validation (a file read by the CLI, a seed):
 * the same Vietnamese and English sentences as a refused request gets. Empty when the value is valid.
 */
export function schemaErrors(schema: TSchema, value: unknown, prefix = '/body'): FieldError[] {
  const errors: SchemaValidationError[] = [];
  for (const e of Value.Errors(schema, value)) {
    // A refused extra property is reported twice (as a false schema and as additionalProperties): once.
    if (e.keyword === 'boolean') continue;
    const params = e.params as Record<string, unknown>;
    const extra = (params as { additionalProperties?: string[] }).additionalProperties;
    errors.push({
      keyword: e.keyword,
      instancePath: e.instancePath,
      params: extra?.length ? { ...params, additionalProperty: extra[0] } : params,
      message: e.message,
    });
  }
  return fieldErrorsFromSchemaValidation({ errors, part: 'body', schema }).map((f) => ({
    ...f,
    path: `${prefix}${f.path.slice('/body'.length)}`,
  }));
}
