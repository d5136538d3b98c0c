import type { ReactNode } from 'react';

/**
 * A visible label tied to its control (WCAG 1.3.1 / 3.3.2). antd controls put `id` on the focusable
 * element, so `htmlFor` reaches the input inside a Select or DatePicker too. `error` (the API's message
 * about this field) shows under the label; the control refers to it with `aria-describedby={id}-error`.
 */
export function Field({
  id,
  label,
  help,
  error,
  children,
  className,
}: {
  id: string;
  label: string;
  help?: string;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={['op-field', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="op-field-label">
        {label}
      </label>
      {error ? (
        <div id={`${id}-error`} className="op-error-message">
          {error}
        </div>
      ) : null}
      {children}
      {help ? (
        <div id={`${id}-help`} className="op-field-help">
          {help}
        </div>
      ) : null}
    </div>
  );
}
