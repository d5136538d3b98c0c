import type { ReactNode } from 'react';

/**
 * A visible label tied to its control (WCAG 1.3.1 / 3.3.2). antd controls put `id` on the focusable
 * element, so `htmlFor` reaches the input inside a Select or DatePicker too.
 */
export function Field({
  id,
  label,
  help,
  children,
  className,
}: {
  id: string;
  label: string;
  help?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className ? `op-field ${className}` : 'op-field'}>
      <label htmlFor={id} className="op-field-label">
        {label}
      </label>
      {children}
      {help ? (
        <div id={`${id}-help`} className="op-field-help">
          {help}
        </div>
      ) : null}
    </div>
  );
}
