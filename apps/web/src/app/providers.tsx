import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../modules/identity/hooks/use-session.tsx';
import { ForgetLocalDrafts } from './forget-local-drafts.tsx';

/**
 * Router and session only. antd's ConfigProvider (locale, theme) lives in the officials' layout
 * (layout/app-layout.tsx), so the citizen portal's pages never load antd.
 */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <BrowserRouter>
      <SessionProvider>
        <ForgetLocalDrafts />
        {children}
      </SessionProvider>
    </BrowserRouter>
  );
}
