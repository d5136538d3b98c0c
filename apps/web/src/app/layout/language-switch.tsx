import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage } from '../i18n.ts';

/**
 * One button naming the other language in that language ("English" / "Tiếng Việt"), marked with its
 * lang so a screen reader pronounces it correctly (WCAG 3.1.2).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [isSwitching, setIsSwitching] = useState(false);
  const target = t('language.otherCode');
  if (!isLanguage(target)) return null;
  return (
    <Button
      type="text"
      className="op-header-button"
      lang={target}
      icon={<GlobalOutlined aria-hidden="true" />}
      loading={isSwitching}
      data-testid="language-switch"
      onClick={async () => {
        setIsSwitching(true);
        try {
          await changeLanguage(target);
        } finally {
          setIsSwitching(false);
        }
      }}
    >
      {t('language.other')}
    </Button>
  );
}
