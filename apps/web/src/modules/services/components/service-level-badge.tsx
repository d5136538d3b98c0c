import { useTranslation } from 'react-i18next';
import type { ServiceLevel } from '../api/procedures.api.ts';
import { acceptsOnline } from '../utils/procedure-text.ts';

/** The online service level as words (colour is not the only cue, WCAG 1.4.1). */
export function ServiceLevelBadge({ level }: { level: ServiceLevel | null }) {
  const { t } = useTranslation();
  if (!level) return <span className="op-badge">{t('procedure.level.none')}</span>;
  return (
    <span className={acceptsOnline(level) ? 'op-badge op-badge-online' : 'op-badge'}>
      {t(`procedure.level.${level}`)}
    </span>
  );
}
