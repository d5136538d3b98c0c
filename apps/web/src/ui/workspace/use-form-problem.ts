import { Form, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, fieldErrorsOf, toApiProblem } from '../../api/problem.ts';
import { type FormFieldName, placeFieldErrors, type ToFormField } from '../form-errors.ts';

type ErrorTarget = Pick<FormInstance, 'getFieldsError' | 'setFields' | 'scrollToField'>;

/**
 * Shows a problem's field errors under the antd form's fields (Form.setFields) and returns the paths it
 * placed, so the alert above the form does not repeat them, and the fields it marked. The first marked
 * field is scrolled into view.
 */
export function showProblemOnForm(
  form: ErrorTarget,
  problem: ApiProblem,
  options: { language: string; toField?: ToFormField | undefined },
): { placedPaths: string[]; fields: FormFieldName[] } {
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
  return { placedPaths, fields: placed.map((p) => p.name) };
}

/**
 * The failure state of a workspace form that submits to the API: `report(error)` keeps the problem for
 * the alert and puts each field error next to its field; `placed` goes to ProblemAlert's `placed`. An
 * error the API gave about a field goes away as soon as the person changes that field (antd clears only
 * the errors of its own rules by itself).
 */
export function useFormProblem<V>(form: FormInstance<V>, options: { toField?: ToFormField } = {}) {
  const { i18n } = useTranslation();
  const [state, setState] = useState<{ problem: ApiProblem; placed: string[] } | null>(null);
  const marked = useRef<{ name: FormFieldName; value: string }[]>([]);
  const values = Form.useWatch((all) => all, { form, preserve: true });
  const { toField } = options;

  const fieldValueKey = useCallback(
    (name: FormFieldName) => JSON.stringify(form.getFieldValue(name as never) ?? null),
    [form],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when any value of the form changes.
  useEffect(() => {
    const changed = marked.current.filter((m) => fieldValueKey(m.name) !== m.value);
    if (!changed.length) return;
    marked.current = marked.current.filter((m) => !changed.includes(m));
    form.setFields(changed.map((m) => ({ name: m.name as never, errors: [] })));
  }, [values, form, fieldValueKey]);

  const report = useCallback(
    (error: unknown): ApiProblem => {
      const problem = error instanceof ApiProblem ? error : toApiProblem(error);
      const shown = showProblemOnForm(form, problem, { language: i18n.language, toField });
      marked.current = shown.fields.map((name) => ({ name, value: fieldValueKey(name) }));
      setState({ problem, placed: shown.placedPaths });
      return problem;
    },
    [form, i18n.language, toField, fieldValueKey],
  );
  const clear = useCallback(() => setState(null), []);
  return { problem: state?.problem ?? null, placed: state?.placed ?? [], report, clear };
}
