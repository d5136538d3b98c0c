import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * GOV.UK error summary for the citizen portal's forms: announced and focused after each attempt to send
 * (`attempt` changes), not while the person types; each error a link to its field (by the field's id),
 * the messages the same as those shown next to the fields.
 */
export function ErrorSummary({
  errors,
  attempt,
}: {
  errors: { fieldId: string; message: string }[];
  attempt: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus after an attempt, not on every keystroke.
  useEffect(() => {
    if (attempt > 0 && hasErrors) ref.current?.focus();
  }, [attempt]);
  if (!errors.length) return null;
  return (
    <div
      className="op-error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title">{t('apply.errorSummary')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a href={`#${e.fieldId}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
