import { Alert, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { landingPath } from '../app/landing.ts';
import { LoginForm } from '../modules/identity/components/login-form.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { takeSessionExpired } from '../ui/session-timing.ts';

/** Where to go after logging in: back to the page that asked for it (never off-site), else the work page. */
function safeReturnPath(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : null;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const target = safeReturnPath(location.state);
  const hasLoggedOut = (location.state as { loggedOut?: unknown } | null)?.loggedOut === true;
  // Read once: the explanation belongs to this visit of the page only.
  const [expired] = useState(takeSessionExpired);

  if (session.status === 'signed-in' && session.me) {
    return <Navigate to={target ?? landingPath(session.me)} replace />;
  }

  return (
    <div className="op-login-page">
      <Card className="op-login-card">
        <PageHeading intro={t('login.intro')}>{t('login.title')}</PageHeading>
        {hasLoggedOut ? (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('user.loggedOut')}
            className="op-form-alert"
          />
        ) : null}
        {expired && !hasLoggedOut ? (
          <Alert
            type="warning"
            showIcon
            role="status"
            title={t('admin.session.expired')}
            className="op-form-alert"
            data-testid="session-expired"
          />
        ) : null}
        <LoginForm
          onSignedIn={(me) => {
            session.signedIn(me);
            navigate(target ?? landingPath(me), { replace: true });
          }}
        />
      </Card>
    </div>
  );
}
