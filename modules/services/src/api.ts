/**
 * The services module's narrow door for other modules, actor-free: `(db | tx, input) → result`. The
 * composition root (apps/api ports) decides who may ask; nothing here borrows an actor.
 */
import type { Db } from '@openprovince/db';
import type { TFormSchema, TProcedure } from './contracts/index.ts';
import { type FormError, validateAnswers } from './domain/forms.ts';
import { readProcedure } from './use-cases/get-procedure.ts';

export const servicesApi = {
  /** One procedure by catalogue id or national code, as the catalogue shows it on `asOf`; undefined if none. */
  getProcedure(db: Db, input: { idOrCode: string; asOf: string }): Promise<TProcedure | undefined> {
    return readProcedure(db, input);
  },
  /** Field errors of an applicant's answers to one component's e-form (pure: no database). */
  validateAnswers(input: {
    schema: TFormSchema;
    answers: Record<string, unknown>;
    path: string;
  }): FormError[] {
    return validateAnswers(input.schema, input.answers, input.path);
  },
};

export type { FormError };
