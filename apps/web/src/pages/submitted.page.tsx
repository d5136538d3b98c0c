import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { fetchDossier } from '../modules/dossiers/api/dossiers.api.ts';
import { fetchProcedure } from '../modules/services/api/procedures.api.ts';
import { timeLimitKey } from '../modules/services/utils/procedure-text.ts';
import { formatDateTime } from '../ui/format.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

/** GOV.UK confirmation: the dossier code in a panel, the due date, and what happens next. */
export default function SubmittedPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(id, (signal) => fetchDossier(id, signal));
  const procedureId = query.data && !query.data.dueAt ? query.data.procedure.id : null;
  const procedure = useApiQuery(procedureId, (signal) => fetchProcedure(procedureId!, signal));
  const limit = procedure.data
    ? timeLimitKey(procedure.data.onlineTimeLimit ?? procedure.data.timeLimit)
    : null;
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  const d = query.data;
  return (
    <>
      <div className="op-confirmation" data-testid="confirmation">
        <PageHeading>{t('submitted.title')}</PageHeading>
        <p className="op-confirmation-label">{t('submitted.code')}</p>
        <p className="op-confirmation-code" data-testid="dossier-code">
          {d.code}
        </p>
      </div>
      <dl className="op-summary-list">
        <div>
          <dt>{t('dossier.procedure')}</dt>
          <dd>{d.procedure.name}</dd>
        </div>
        <div>
          <dt>{t('dossier.submittedAt')}</dt>
          <dd>{formatDateTime(d.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('submitted.dueAt')}</dt>
          <dd data-testid="dossier-due">
            {d.dueAt
              ? formatDateTime(d.dueAt)
              : d.expectedDueAt
                ? formatDateTime(d.expectedDueAt)
                : limit
                  ? t('submitted.dueAfterAcceptance', { limit: t(limit.key, { count: limit.count }) })
                  : t('dossier.noDueYet')}
            {!d.dueAt && d.expectedDueAt && limit ? (
              <span className="op-hint op-due-note" data-testid="dossier-due-note">
                {t('submitted.dueEstimate', { limit: t(limit.key, { count: limit.count }) })}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      <h2>{t('submitted.nextTitle')}</h2>
      <p>{t('submitted.next')}</p>
      <p>
        <Link to={ROUTES.myDossier(d.id)}>{t('submitted.follow')}</Link>
      </p>
      <p>
        <Link to={`${ROUTES.lookup}?code=${encodeURIComponent(d.code)}`}>{t('submitted.lookup')}</Link>
      </p>
    </>
  );
}
