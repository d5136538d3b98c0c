import {
  ApartmentOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClusterOutlined,
  FileTextOutlined,
  GlobalOutlined,
  InboxOutlined,
  LoginOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  ShopOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { ConfigProvider, type ThemeConfig } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useSession } from '../../modules/identity/hooks/use-session.tsx';
import { Loading } from '../../ui/loading.tsx';
import { SideNav, type SideNavItem } from '../../ui/side-nav.tsx';
import { antdLocale, currentLanguage } from '../i18n.ts';
import { mayOpen } from '../permissions.ts';
import { ROUTES } from '../routes.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { SessionExpiryWarning } from './session-expiry-warning.tsx';

// The account menu (antd Dropdown and Menu) is not needed on the log-in page: load it with the first signed-in page.
const UserMenu = lazy(() => import('./user-menu.tsx'));

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
    // antd's tertiary grey (Descriptions labels, empty texts) is 3.4:1; 0.62 black is about 5.9:1.
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    borderRadius: 6,
    fontSize: 15,
    fontFamily:
      "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', system-ui, sans-serif",
  },
};

/**
 * The officials' workspace: header (name, language, account), side navigation, and the page in <main>,
 * inside antd's ConfigProvider (locale and theme). Loaded lazily: the citizen portal never needs it.
 */
export default function AppLayout() {
  const { t } = useTranslation();
  // Re-renders on a language switch, so antd's own texts (pagination, date picker) follow.
  const language = currentLanguage();
  const session = useSession();
  const isSignedIn = session.status === 'signed-in';

  const items: SideNavItem[] = [];
  if (isSignedIn) items.push({ to: ROUTES.me, label: t('nav.me'), icon: <UserOutlined /> });
  else items.push({ to: ROUTES.login, label: t('nav.login'), icon: <LoginOutlined /> });
  items.push({ to: ROUTES.agencies, label: t('nav.agencies'), icon: <ApartmentOutlined /> });
  const permissions = session.me?.permissions;
  if (isSignedIn && session.me?.kind === 'official') {
    if (mayOpen(permissions, 'office'))
      items.push({ to: ROUTES.office, label: t('nav.office'), icon: <InboxOutlined /> });
    if (mayOpen(permissions, 'counter'))
      items.push({ to: ROUTES.counter, label: t('nav.counter'), icon: <ShopOutlined /> });
    if (mayOpen(permissions, 'documents'))
      items.push({ to: ROUTES.documents, label: t('nav.documents'), icon: <FileTextOutlined /> });
    if (mayOpen(permissions, 'dashboard'))
      items.push({ to: ROUTES.dashboard, label: t('nav.dashboard'), icon: <BarChartOutlined /> });
    if (mayOpen(permissions, 'portalEditor'))
      items.push({
        to: ROUTES.portalEditor,
        label: t('portalPosts.editor.nav'),
        icon: <NotificationOutlined />,
      });
    items.push({ to: ROUTES.deadline, label: t('nav.deadline'), icon: <CalendarOutlined /> });
    if (mayOpen(permissions, 'calendarAdmin'))
      items.push({ to: ROUTES.calendarAdmin, label: t('nav.calendarAdmin'), icon: <ScheduleOutlined /> });
    if (mayOpen(permissions, 'agencyAdmin'))
      items.push({ to: ROUTES.adminAgencies, label: t('admin.nav.agencies'), icon: <ClusterOutlined /> });
    if (mayOpen(permissions, 'accountAdmin')) {
      items.push({ to: ROUTES.adminOfficials, label: t('admin.nav.officials'), icon: <TeamOutlined /> });
      items.push({ to: ROUTES.adminRoles, label: t('admin.nav.roles'), icon: <SafetyCertificateOutlined /> });
    }
    if (mayOpen(permissions, 'catalogue'))
      items.push({ to: ROUTES.adminProcedures, label: t('catalogue.nav'), icon: <UnorderedListOutlined /> });
    if (mayOpen(permissions, 'pki')) {
      items.push({
        to: ROUTES.pkiRequests,
        label: t('pki.nav.requests'),
        icon: <SafetyCertificateOutlined />,
      });
      items.push({
        to: ROUTES.pkiCertificates,
        label: t('pki.nav.certificates'),
        icon: <SafetyCertificateOutlined />,
      });
    }
    items.push({ to: ROUTES.pkiVerify, label: t('pki.nav.verify'), icon: <SafetyCertificateOutlined /> });
  }
  items.push({ to: ROUTES.home, label: t('nav.portal'), icon: <GlobalOutlined /> });

  return (
    <ConfigProvider locale={antdLocale(language)} theme={THEME}>
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
        {isSignedIn ? <SessionExpiryWarning /> : null}
      </div>
    </ConfigProvider>
  );
}
