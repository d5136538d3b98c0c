import { ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../modules/identity/hooks/use-session.tsx';
import { antdLocale, currentLanguage } from './i18n.ts';

/** Colours chosen for contrast (WCAG 1.4.3: primary on white is about 7:1). */
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1456a0',
    colorLink: '#1456a0',
    colorLinkHover: '#0b3d75',
    colorPrimaryHover: '#0b3d75',
    // antd's default placeholder grey (#bfbfbf) is 1.8:1 on white; WCAG 1.4.3 asks 4.5:1 for any text.
    colorTextPlaceholder: '#6b6b6b',
    colorError: '#b3261e',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    borderRadius: 6,
    fontSize: 15,
    fontFamily:
      "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', system-ui, sans-serif",
  },
};

export function Providers({ children }: { children: ReactNode }) {
  // Re-renders on a language switch, so antd's own texts (pagination, date picker) follow.
  useTranslation();
  const language = currentLanguage();
  return (
    <ConfigProvider locale={antdLocale(language)} theme={THEME}>
      <BrowserRouter>
        <SessionProvider>{children}</SessionProvider>
      </BrowserRouter>
    </ConfigProvider>
  );
}
