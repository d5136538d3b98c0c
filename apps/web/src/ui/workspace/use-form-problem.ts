import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, fieldErrorsOf, toApiProblem } from '../../api/problem.ts';
import { type FormFieldName, placeFieldErrors, type ToFormField } from '../form-errors.ts';

/**
 * Shows a problem's field errors under the antd form's fields (Form.setFields) and returns the paths it
 * placed, so the alert above the form does not repeat them. The first marked field is scrolled into view.
 */
export function showProblemOnForm(
  form: Pick<FormInstance, 'getFieldsError' | 'setFields' | 'scrollToField'>,
  problem: ApiProblem,
  options: { language: string; toField?: ToFormField | undefined },
): string[] {
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const { placed, placedPaths } = placeFieldErrors({
    errors: fieldErrorsOf(problem, options.language),
    isField: (name: FormFieldName) => registered.has(JSON.stringify(name)),
    ...(options.toField ? { toField: options.toField } : {}),
  });
  if (placed.length) {
    form.setFields(placed.map((p) => ({ name: p.name, errors: p.errors })));
    form.scrollToField(placed[0]!.name, { block: 'center' });
  }
  return placedPaths;
}

/**
 * The failure state of a workspace form that submits to the API: `report(error)` keeps the problem for
 * the alert and puts each field error next to its field; `placed` goes to ProblemAlert's `placed`.
 */
export function useFormProblem<V>(form: FormInstance<V>, options: { toField?: ToFormField } = {}) {
  const { i18n } = useTranslation();
  const [state, setState] = useState<{ problem: ApiProblem; placed: string[] } | null>(null);
  const { toField } = options;
  const report = useCallback(
    (error: unknown): ApiProblem => {
      const problem = error instanceof ApiProblem ? error : toApiProblem(error);
      const placed = showProblemOnForm(form, problem, { language: i18n.language, toField });
      setState({ problem, placed });
      return problem;
    },
    [form, i18n.language, toField],
  );
  const clear = useCallback(() => setState(null), []);
  return { problem: state?.problem ?? null, placed: state?.placed ?? [], report, clear };
}
