import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, fieldErrorsOf, toApiProblem } from '../api/problem.ts';
import { fieldMessagesByKey, type ToFormField } from './form-errors.ts';

/**
 * The failure state of a form in plain markup (the citizen portal, and the workspace's small forms of
 * single controls): `report(error)` keeps the problem and gives each of the form's `keys` the API's message
 * about it, to show next to that field; `placed` goes to ProblemAlert's `placed`.
 */
export function usePlainFormProblem(keys: readonly string[], options: { toField?: ToFormField } = {}) {
  const { i18n } = useTranslation();
  const [state, setState] = useState<{
    problem: ApiProblem;
    messages: Record<string, string>;
    placed: string[];
  } | null>(null);
  const { toField } = options;
  const keyList = keys.join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyList stands for keys.
  const report = useCallback(
    (error: unknown): ApiProblem => {
      const problem = error instanceof ApiProblem ? error : toApiProblem(error);
      const { messages, placedPaths } = fieldMessagesByKey({
        errors: fieldErrorsOf(problem, i18n.language),
        keys,
        ...(toField ? { toField } : {}),
      });
      setState({ problem, messages, placed: placedPaths });
      return problem;
    },
    [keyList, i18n.language, toField],
  );
  const clear = useCallback(() => setState(null), []);
  /** Forgets the API's message about one field once the person changes it. */
  const clearField = useCallback(
    (key: string) =>
      setState((s) => {
        if (!s?.messages[key]) return s;
        const { [key]: _, ...rest } = s.messages;
        return { ...s, messages: rest };
      }),
    [],
  );
  return {
    problem: state?.problem ?? null,
    messages: state?.messages ?? {},
    placed: state?.placed ?? [],
    report,
    clear,
    clearField,
  };
}
