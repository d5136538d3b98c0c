import { IDENTITY_PERMISSIONS } from '@openprovince/identity/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { getOfficial, type Official } from '../modules/identity/api/admin.api.ts';
import { OfficialEditPanel } from '../modules/identity/components/official-edit-panel.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

/**
 * One official's account: details, roles, deactivation, password reset. The initial password of a new
 * account arrives in the navigation state (never in the address) and is shown once.
 */
export default function AdminOfficialPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const navigate = useNavigate();
  // Kept for this visit only: the history entry forgets it, so going back or reloading does not show it again.
  const [createdPassword] = useState(
    () => (location.state as { createdPassword?: string } | null)?.createdPassword ?? null,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on arrival.
  useEffect(() => {
    if (createdPassword) navigate(location.pathname, { replace: true, state: null });
  }, []);
  const provinceWide = session.me?.permissions.includes(IDENTITY_PERMISSIONS.manageAllOfficials) ?? false;
  const query = useApiQuery(`official:${id}`, (signal) => getOfficial(id, signal));
  const [latest, setLatest] = useState<Official | null>(null);
  const official =
    latest && query.data && latest.id === query.data.id && latest.version >= query.data.version
      ? latest
      : query.data;
  return (
    <>
      <Link to={ROUTES.adminOfficials} className="op-back-link">
        {t('admin.officials.back')}
      </Link>
      <PageHeading>{official ? official.fullName : t('admin.official.title')}</PageHeading>
      {query.problem ? <ProblemAlert problem={query.problem} /> : null}
      {!official && !query.problem ? <Loading /> : null}
      {official ? (
        <OfficialEditPanel
          official={official}
          provinceWide={provinceWide}
          isSelf={session.me?.id === official.id}
          createdPassword={createdPassword}
          onChanged={setLatest}
          onStale={() => {
            setLatest(null);
            query.reload();
          }}
        />
      ) : null}
    </>
  );
}
