import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TFormSchema, TFormValidationResult } from '../contracts/index.ts';
import { type FormError, validateAnswers } from '../domain/forms.ts';
import { canReadCatalogue } from '../policies.ts';
import { findProcedureById, listComponents } from '../repositories/procedure.repository.ts';

/**
 * Checks a citizen's e-form answers against the procedure's components before a dossier is accepted
 * (the dossiers module calls this; the web app calls it to show errors early). A required component with
 * an e-form must be answered; answers for an unknown component are refused. Errors are field paths
 * (`/answers/<component>/<field>`) with Vietnamese and English text. Attachments are not checked here.
 */
export async function validateSubmissionForm(
  db: Db,
  ctx: RequestContext,
  input: { procedureId: string; answers: Record<string, Record<string, unknown>> },
): Promise<TFormValidationResult> {
  authorize(ctx.actor, canReadCatalogue, undefined);
  const found = await findProcedureById(db, input.procedureId);
  if (!found) throw new AppError('NOT_FOUND');
  const components = await listComponents(db, input.procedureId);
  const errors: FormError[] = [];
  for (const c of components) {
    const schema = c.formSchema as TFormSchema | null;
    if (!schema) continue;
    const answers = input.answers[c.key];
    if (answers === undefined) {
      if (c.required)
        errors.push({
          path: `/answers/${c.key}`,
          message: `Chưa khai "${c.name}"`,
          messageEn: `The form "${c.name}" is required`,
        });
      continue;
    }
    errors.push(...validateAnswers(schema, answers, `/answers/${c.key}`));
  }
  const withForms = new Set(components.filter((c) => c.formSchema).map((c) => c.key));
  for (const key of Object.keys(input.answers)) {
    if (!withForms.has(key))
      errors.push({
        path: `/answers/${key}`,
        message: 'Thủ tục không có biểu mẫu này',
        messageEn: 'The procedure has no such form',
      });
  }
  return { valid: errors.length === 0, errors };
}
