import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ROUTES } from '../app/routes.ts';
import { CitizenLoginForm } from '../modules/identity/components/citizen-login-form.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

function safeReturnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')
    ? from
    : ROUTES.myDossiers;
}

export default function CitizenLoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const target = safeReturnPath(location.state);
  if (session.status === 'signed-in' && session.me?.kind === 'citizen')
    return <Navigate to={target} replace />;
  return (
    <div className="op-narrow">
      <PageHeading intro={t('citizen.intro')}>{t('citizen.title')}</PageHeading>
      <CitizenLoginForm
        onSignedIn={(me) => {
          session.signedIn(me);
          navigate(target, { replace: true });
        }}
      />
      <p>
        {t('citizen.noAccount')}{' '}
        <Link to={ROUTES.citizenRegister} state={location.state}>
          {t('citizen.registerLink')}
        </Link>
      </p>
    </div>
  );
}
