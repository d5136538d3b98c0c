import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { getAgency } from '../modules/identity/api/agencies.api.ts';
import { AgencyCreateForm } from '../modules/identity/components/agency-create-form.tsx';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A new agency; `?parent=` (from the list's current level) pre-fills the parent. */
export default function AdminAgencyNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const parentId = params.get('parent');
  const parent = useApiQuery(parentId && UUID.test(parentId) ? `agency:${parentId}` : null, (signal) =>
    getAgency(parentId as string, signal),
  );
  return (
    <>
      <Link to={ROUTES.adminAgencies} className="op-back-link">
        {t('admin.agencies.back')}
      </Link>
      <PageHeading intro={t('admin.agency.createIntro')}>{t('admin.agency.createTitle')}</PageHeading>
      {parent.isLoading ? (
        <Loading />
      ) : (
        <AgencyCreateForm
          parent={parent.data ?? null}
          onCreated={(agency) => navigate(ROUTES.adminAgency(agency.id), { state: { created: true } })}
        />
      )}
    </>
  );
}
