import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Shown after a 412: someone saved the same record after this screen loaded it. Nothing of this person's
 * change was written; the screen now shows the latest version, and they decide whether to apply it again.
 */
export function VersionConflictAlert({ what }: { what: 'agency' | 'official' }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="op-form-alert"
      data-testid="version-conflict"
      title={t(`admin.conflict.title.${what}`)}
      description={t('admin.conflict.detail')}
    />
  );
}
