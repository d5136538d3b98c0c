import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage } from '../i18n.ts';

/**
 * One button naming the other language in that language ("English" / "Tiếng Việt"), marked with its
 * lang so a screen reader pronounces it correctly (WCAG 3.1.2). Plain markup: it sits on the light portal.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [isSwitching, setIsSwitching] = useState(false);
  const target = t('language.otherCode');
  if (!isLanguage(target)) return null;
  return (
    <button
      type="button"
      className="op-header-button op-plain-button"
      lang={target}
      data-testid="language-switch"
      aria-busy={isSwitching}
      disabled={isSwitching}
      onClick={async () => {
        setIsSwitching(true);
        try {
          await changeLanguage(target);
        } finally {
          setIsSwitching(false);
        }
      }}
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" className="op-icon">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
        <path
          d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        />
      </svg>
      <span>{t('language.other')}</span>
    </button>
  );
}
