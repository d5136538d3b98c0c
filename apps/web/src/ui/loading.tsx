import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="op-loading" role="status" aria-live="polite">
      <Spin />
      <span className="op-visually-hidden">{t('app.loading')}</span>
    </div>
  );
}
