import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let isFirstPage = true;

/**
 * The page's one h1. It names the browser tab (WCAG 2.4.2) and, after a client-side navigation, takes the
 * focus so that screen-reader users hear where they arrived (a full page load would have announced it).
 */
export function PageHeading({ children, intro }: { children: string; intro?: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.pageTitle', { title: children });
  }, [children, t]);

  useEffect(() => {
    if (isFirstPage) {
      isFirstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, []);

  return (
    <div className="op-page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {intro ? <p className="op-page-intro">{intro}</p> : null}
    </div>
  );
}
