import type { ProblemFieldMessage } from '../api/problem.ts';

/** A form field's name path (antd's NamePath as an array; the plain portal forms use one key). */
export type FormFieldName = (string | number)[];

/**
 * Where a form shows the API's error about a request field. `undefined` keeps the default (the same name
 * path as in the request body); `null` says the form has no such field (the error stays in the alert).
 */
export type ToFormField = (error: ProblemFieldMessage) => FormFieldName | null | undefined;

export interface PlacedFieldErrors {
  /** One entry per form field, its messages in the order the API gave them. */
  placed: { name: FormFieldName; errors: string[] }[];
  /** The problem's paths now shown next to a field (the alert does not list them again). */
  placedPaths: string[];
  /** Errors about fields the form does not have: the alert lists their messages. */
  unplaced: ProblemFieldMessage[];
}

const keyOf = (name: FormFieldName) => JSON.stringify(name);

/**
 * Maps a problem's field errors onto a form's fields. An error about a nested value the form has no field
 * for (`recipients.0.agencyId`) goes to the nearest field that holds it (`recipients`); errors about query
 * parameters or headers are placed only when `toField` says where.
 */
export function placeFieldErrors(input: {
  errors: readonly ProblemFieldMessage[];
  /** Whether the form has a field of this name. */
  isField: (name: FormFieldName) => boolean;
  toField?: ToFormField;
}): PlacedFieldErrors {
  const byField = new Map<string, { name: FormFieldName; errors: string[] }>();
  const placedPaths: string[] = [];
  const unplaced: ProblemFieldMessage[] = [];
  for (const error of input.errors) {
    const mapped = input.toField?.(error);
    let name: FormFieldName | null =
      mapped === undefined ? (error.part === 'body' ? error.name : null) : mapped;
    while (name && name.length > 0 && !input.isField(name)) name = name.slice(0, -1);
    if (!name || name.length === 0) {
      unplaced.push(error);
      continue;
    }
    const key = keyOf(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(error.message)) entry.errors.push(error.message);
    byField.set(key, entry);
    placedPaths.push(error.path);
  }
  return { placed: [...byField.values()], placedPaths, unplaced };
}

/**
 * For the citizen portal's plain forms: one message per field key (the first the API gave), and the errors
 * no field of the form holds.
 */
export function fieldMessagesByKey(input: {
  errors: readonly ProblemFieldMessage[];
  keys: readonly string[];
  toField?: ToFormField;
}): { messages: Record<string, string>; placedPaths: string[]; unplaced: ProblemFieldMessage[] } {
  const { placed, placedPaths, unplaced } = placeFieldErrors({
    errors: input.errors,
    isField: (name) => name.length === 1 && input.keys.includes(String(name[0])),
    ...(input.toField ? { toField: input.toField } : {}),
  });
  const messages: Record<string, string> = {};
  for (const p of placed) messages[String(p.name[0])] = p.errors[0]!;
  return { messages, placedPaths, unplaced };
}
