import { IDENTITY_PERMISSIONS } from '@openprovince/identity/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { getAgency } from '../modules/identity/api/agencies.api.ts';
import { OfficialCreateForm } from '../modules/identity/components/official-create-form.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A new official's account; `?agency=` pre-fills the agency for a province-wide administrator. */
export default function AdminOfficialNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const me = session.me;
  const provinceWide = me?.permissions.includes(IDENTITY_PERMISSIONS.manageAllOfficials) ?? false;
  const [params] = useSearchParams();
  const agencyId = params.get('agency');
  const initial = useApiQuery(
    provinceWide && agencyId && UUID.test(agencyId) ? `agency:${agencyId}` : null,
    (signal) => getAgency(agencyId as string, signal),
  );
  return (
    <>
      <Link to={ROUTES.adminOfficials} className="op-back-link">
        {t('admin.officials.back')}
      </Link>
      <PageHeading intro={t('admin.official.createIntro')}>{t('admin.official.createTitle')}</PageHeading>
      {initial.isLoading ? (
        <Loading />
      ) : (
        <OfficialCreateForm
          provinceWide={provinceWide}
          ownAgency={me?.agency ?? null}
          initialAgency={initial.data ?? null}
          onCreated={(official, password) =>
            navigate(ROUTES.adminOfficial(official.id), { state: { createdPassword: password } })
          }
        />
      )}
    </>
  );
}
