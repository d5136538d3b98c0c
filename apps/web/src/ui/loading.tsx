import { useTranslation } from 'react-i18next';

/** A CSS spinner (no antd), so the citizen portal's first page does not pull antd in for it. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="op-loading" role="status" aria-live="polite">
      <span className="op-spinner" aria-hidden="true" />
      <span className="op-visually-hidden">{t('app.loading')}</span>
    </div>
  );
}
