import { ApartmentOutlined, CalendarOutlined, LoginOutlined, UserOutlined } from '@ant-design/icons';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useSession } from '../../modules/identity/hooks/use-session.tsx';
import { Loading } from '../../ui/loading.tsx';
import { SideNav, type SideNavItem } from '../../ui/side-nav.tsx';
import { ROUTES } from '../routes.ts';
import { LanguageSwitch } from './language-switch.tsx';

// The account menu (antd Dropdown and Menu) is not needed on the log-in page: load it with the first signed-in page.
const UserMenu = lazy(() => import('./user-menu.tsx'));

/** Header (name, language, account), side navigation, and the page in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const isSignedIn = session.status === 'signed-in';

  const items: SideNavItem[] = [];
  if (isSignedIn) items.push({ to: ROUTES.me, label: t('nav.me'), icon: <UserOutlined /> });
  else items.push({ to: ROUTES.login, label: t('nav.login'), icon: <LoginOutlined /> });
  items.push({ to: ROUTES.agencies, label: t('nav.agencies'), icon: <ApartmentOutlined /> });
  if (isSignedIn && session.me?.kind === 'official') {
    items.push({ to: ROUTES.deadline, label: t('nav.deadline'), icon: <CalendarOutlined /> });
  }

  return (
    <div className="op-app">
      <a href="#main" className="op-skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="op-header">
        <Link to={ROUTES.home} className="op-brand">
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <span className="op-brand-name">{t('app.name')}</span>
        </Link>
        <div className="op-header-actions">
          <LanguageSwitch />
          {isSignedIn && session.me ? (
            <Suspense fallback={null}>
              <UserMenu me={session.me} />
            </Suspense>
          ) : null}
        </div>
      </header>
      <div className="op-body">
        <aside className="op-sider">
          <SideNav label={t('app.mainNavigation')} items={items} />
        </aside>
        <main id="main" tabIndex={-1} className="op-main">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <footer className="op-footer">{t('app.footer')}</footer>
    </div>
  );
}
