import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { type Agency, getAgency } from '../modules/identity/api/agencies.api.ts';
import { AgencyEditPanel } from '../modules/identity/components/agency-edit-panel.tsx';
import { forgetAgency } from '../modules/identity/hooks/use-agency-directory.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

/** One agency for the administrator: rename, move, close; the version seen travels with every change. */
export default function AdminAgencyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [created, setCreated] = useState((location.state as { created?: boolean } | null)?.created === true);
  // The history entry forgets the notice: going back or reloading does not announce the creation again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on arrival.
  useEffect(() => {
    if (created) navigate(location.pathname, { replace: true, state: null });
  }, []);
  const query = useApiQuery(`agency:${id}`, (signal) => getAgency(id, signal));
  const [latest, setLatest] = useState<Agency | null>(null);
  const agency =
    latest && query.data && latest.id === query.data.id && latest.version >= query.data.version
      ? latest
      : query.data;
  const parentId = agency?.parentId ?? null;
  const parent = useApiQuery(parentId ? `agency:${parentId}` : null, (signal) =>
    getAgency(parentId as string, signal),
  );
  return (
    <>
      <Link to={ROUTES.adminAgencies} className="op-back-link">
        {t('admin.agencies.back')}
      </Link>
      <PageHeading>{agency ? agency.name : t('admin.agency.title')}</PageHeading>
      {created ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="op-form-alert"
          title={t('admin.agency.notice.created')}
          data-testid="agency-created"
        />
      ) : null}
      {query.problem ? <ProblemAlert problem={query.problem} /> : null}
      {!agency && !query.problem ? <Loading /> : null}
      {agency && (!parentId || parent.data?.id === parentId || parent.problem) ? (
        <AgencyEditPanel
          agency={agency}
          parent={parent.data?.id === parentId ? (parent.data ?? null) : null}
          onChanged={(next) => {
            setCreated(false);
            forgetAgency(next.id);
            setLatest(next);
          }}
          onStale={() => {
            setCreated(false);
            forgetAgency(id);
            setLatest(null);
            query.reload();
          }}
        />
      ) : null}
    </>
  );
}
