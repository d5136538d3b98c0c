import type { TSchema } from '@fastify/type-provider-typebox';
import { Value } from 'typebox/value';
import type { FieldError } from '../errors/app-error.ts';

/**
 * The field errors of `value` against a TypeBox schema, with paths under `prefix` (`/body/dossiers/3/code`),
 * for input that reaches a use case without the HTTP layer's validation (a file read by the CLI, a seed).
 * Empty when the value is valid.
 */
export function schemaErrors(schema: TSchema, value: unknown, prefix = '/body'): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const e of Value.Errors(schema, value)) {
    // A refused extra property is reported twice (as a false schema and as additionalProperties): once.
    if (e.keyword === 'boolean') continue;
    const extra = (e.params as { additionalProperties?: string[] }).additionalProperties;
    const path = `${prefix}${e.instancePath}${extra?.length ? `/${extra[0]}` : ''}`;
    const key = `${path} ${e.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ path, message: e.message });
  }
  return errors;
}
