import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { Loading } from '../ui/loading.tsx';
import { ROUTES } from './routes.ts';

/**
 * Pages for signed-in people: others are sent to the right log-in page (officials' or citizens') and
 * brought back afterwards. `permission`, when given, must be among the account's permissions.
 */
export function RequireAuth({
  children,
  kind = 'official',
  anyPermission,
}: {
  children: ReactNode;
  kind?: 'official' | 'citizen' | 'any';
  anyPermission?: readonly string[];
}) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <Loading />;
  const me = session.me;
  const fits =
    session.status === 'signed-in' &&
    me !== null &&
    (kind === 'any' || me.kind === kind) &&
    (!anyPermission || anyPermission.some((p) => me.permissions.includes(p)));
  if (session.status === 'signed-in' && !fits) {
    return (
      <div className="op-alert op-alert-warning" role="alert">
        <p className="op-alert-title">{t('app.notAllowed')}</p>
      </div>
    );
  }
  if (!fits) {
    return (
      <Navigate
        to={kind === 'citizen' ? ROUTES.citizenLogin : ROUTES.login}
        replace
        state={{ from: `${location.pathname}${location.search}` }}
      />
    );
  }
  return children;
}
