import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let isFirstPage = true;

/**
 * The page's one h1. It names the browser tab (WCAG 2.4.2) and, after a client-side navigation, takes the
 * focus so that screen-reader users hear where they arrived (a full page load would have announced it).
 */
export function PageHeading({
  children,
  intro,
  caption,
  id,
  lang,
}: {
  children: string;
  intro?: ReactNode;
  /** A line above the heading (GOV.UK caption: the section or step), read before the question. */
  caption?: string;
  id?: string;
  /** The heading's language when it differs from the page's (WCAG 3.1.2), e.g. "km" for a Khmer post. */
  lang?: string;
}) {
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
      {caption ? <p className="op-caption">{caption}</p> : null}
      <h1 ref={ref} tabIndex={-1} id={id} lang={lang}>
        {children}
      </h1>
      {intro ? <p className="op-page-intro">{intro}</p> : null}
    </div>
  );
}
