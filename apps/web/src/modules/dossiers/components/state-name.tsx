import { useTranslation } from 'react-i18next';
import type { DossierState } from '../api/dossiers.api.ts';

/** The national state name in the current language, with a shape cue besides the colour (WCAG 1.4.1). */
export function StateName({ state, vi, en }: { state: DossierState; vi: string; en?: string }) {
  const { i18n } = useTranslation();
  return (
    <span className={`op-state op-state-${state}`} data-state={state}>
      {i18n.language === 'en' ? (en ?? vi) : vi}
    </span>
  );
}
