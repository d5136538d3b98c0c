import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useSession } from '../../modules/identity/hooks/use-session.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ROUTES } from '../routes.ts';
import { LanguageSwitch } from './language-switch.tsx';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  isActive ? 'op-portal-link is-active' : 'op-portal-link';

/**
 * The citizens' portal: plain markup and CSS, no antd, so the first page stays light on a phone
 * (mobile first, reflows at 320 px, WCAG 1.4.10).
 */
export function PortalLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const me = session.status === 'signed-in' ? session.me : null;
  // Until the session is known, the navigation (which grows for a signed-in citizen) and the page stay
  // hidden but mounted, so the page's code and data load meanwhile and nothing shifts when they appear.
  const hidden = session.status === 'loading';
  return (
    <div className="op-app op-portal">
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
        </div>
      </header>
      <nav aria-label={t('portal.navigation')} className="op-portal-nav" hidden={hidden}>
        <ul>
          <li>
            <NavLink to={ROUTES.home} end className={linkClass}>
              {t('portal.nav.procedures')}
            </NavLink>
          </li>
          <li>
            <NavLink to={ROUTES.lookup} className={linkClass}>
              {t('portal.nav.lookup')}
            </NavLink>
          </li>
          <li>
            <NavLink to={ROUTES.news()} className={linkClass} data-testid="portal-nav-news">
              {t('portalPosts.nav')}
            </NavLink>
          </li>
          <li>
            <NavLink to={ROUTES.verify} className={linkClass} data-testid="portal-verify">
              {t('pki.verify.navLabel')}
            </NavLink>
          </li>
          {me?.kind === 'citizen' ? (
            <li>
              <NavLink to={ROUTES.myDossiers} className={linkClass} data-testid="portal-my-dossiers">
                {t('portal.nav.myDossiers')}
              </NavLink>
            </li>
          ) : null}
          {me?.kind === 'official' ? (
            <li>
              <NavLink to={ROUTES.me} className={linkClass}>
                {t('portal.nav.workspace')}
              </NavLink>
            </li>
          ) : null}
          {me ? null : (
            <li>
              <NavLink to={ROUTES.citizenLogin} className={linkClass}>
                {t('portal.nav.signIn')}
              </NavLink>
            </li>
          )}
        </ul>
        {me?.kind === 'citizen' ? (
          <p className="op-portal-user">
            <span>{t('portal.signedInAs', { name: me.fullName })}</span>{' '}
            <button
              type="button"
              className="op-link-button"
              data-testid="citizen-logout"
              onClick={() => void session.logout()}
            >
              {t('user.logout')}
            </button>
          </p>
        ) : null}
      </nav>
      <main id="main" tabIndex={-1} className="op-portal-main" hidden={hidden}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="op-footer" hidden={hidden}>
        <span>{t('app.footer')}</span>{' '}
        <Link to={ROUTES.verify} className="op-footer-link">
          {t('pki.verify.footerLink')}
        </Link>
        {' · '}
        <Link to={ROUTES.login} className="op-footer-link">
          {t('portal.officialsLogin')}
        </Link>
      </footer>
    </div>
  );
}
