import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ROUTES } from '../app/routes.ts';
import { CitizenRegisterForm } from '../modules/identity/components/citizen-register-form.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

export default function CitizenRegisterPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const from = (location.state as { from?: unknown } | null)?.from;
  const target =
    typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : ROUTES.myDossiers;
  return (
    <div className="op-narrow">
      <PageHeading intro={t('citizen.register.intro')}>{t('citizen.register.title')}</PageHeading>
      <CitizenRegisterForm
        onSignedIn={(me) => {
          session.signedIn(me);
          navigate(target, { replace: true });
        }}
      />
    </div>
  );
}
