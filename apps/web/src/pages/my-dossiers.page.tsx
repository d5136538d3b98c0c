import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { listDossiers } from '../modules/dossiers/api/dossiers.api.ts';
import { listDrafts } from '../modules/dossiers/api/drafts.api.ts';
import { StateName } from '../modules/dossiers/components/state-name.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function MyDossiersPage() {
  const { t } = useTranslation();
  // A citizen's list holds only their own dossiers (the API filters by account).
  const query = useApiQuery('mine', (signal) => listDossiers({ limit: 100 }, signal));
  // Applications started and not sent, kept on the server: continued from here on any device.
  const drafts = useApiQuery('drafts', (signal) => listDrafts(signal));
  return (
    <>
      <PageHeading intro={t('myDossiers.intro')}>{t('myDossiers.title')}</PageHeading>
      {drafts.problem ? <ProblemAlert problem={drafts.problem} /> : null}
      {drafts.data?.items.length ? (
        <section aria-labelledby="my-drafts-heading" data-testid="my-drafts">
          <h2 id="my-drafts-heading">{t('citizenPortal.myDrafts.title')}</h2>
          <p className="op-hint">{t('citizenPortal.myDrafts.intro')}</p>
          <ul className="op-result-list">
            {drafts.data.items.map((d) => (
              <li key={d.id} className="op-result">
                <Link to={ROUTES.apply(d.procedureId, d.step ?? undefined)} className="op-result-title">
                  {t('citizenPortal.myDrafts.continue', { name: d.procedureName })}
                </Link>
                <p className="op-result-meta">
                  <span className="op-badge">{t('citizenPortal.myDrafts.badge')}</span>
                  <span>{t('portal.search.code', { code: d.procedureCode })}</span>
                  <span>{t('citizenPortal.myDrafts.files', { count: d.fileCount })}</span>
                </p>
                <p className="op-result-meta">
                  <span>{t('citizenPortal.myDrafts.savedAt', { at: formatDateTime(d.updatedAt) })}</span>
                  <span>{t('citizenPortal.myDrafts.expires', { date: formatDate(d.expiresAt) })}</span>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {drafts.data?.items.length ? <h2>{t('citizenPortal.myDrafts.submittedTitle')}</h2> : null}
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
