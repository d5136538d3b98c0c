import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { listDossiers } from '../modules/dossiers/api/dossiers.api.ts';
import { StateName } from '../modules/dossiers/components/state-name.tsx';
import { formatDateTime } from '../ui/format.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function MyDossiersPage() {
  const { t } = useTranslation();
  // A citizen's list holds only their own dossiers (the API filters by account).
  const query = useApiQuery('mine', (signal) => listDossiers({ limit: 100 }, signal));
  return (
    <>
      <PageHeading intro={t('myDossiers.intro')}>{t('myDossiers.title')}</PageHeading>
      {query.problem ? <ProblemAlert problem={query.problem} /> : null}
      {!query.data && !query.problem ? <Loading /> : null}
      {query.data && query.data.items.length === 0 ? (
        <p>
          {t('myDossiers.empty')} <Link to={ROUTES.home}>{t('myDossiers.find')}</Link>
        </p>
      ) : null}
      {query.data?.items.length ? (
        <ul className="op-result-list" data-testid="my-dossiers">
          {query.data.items.map((d) => (
            <li key={d.id} className="op-result">
              <Link to={ROUTES.myDossier(d.id)} className="op-result-title">
                {d.code}
              </Link>
              <p className="op-result-meta">
                <span>{d.procedureName}</span>
              </p>
              <p className="op-result-meta">
                <StateName state={d.state} vi={d.stateName} />
                <span>
                  {t('dossier.dueAt')}: {d.dueAt ? formatDateTime(d.dueAt) : t('dossier.noDueYet')}
                </span>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
