import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { type Dossier, fetchDossier } from '../modules/dossiers/api/dossiers.api.ts';
import { RatingForm } from '../modules/dossiers/components/rating-form.tsx';
import { StateName } from '../modules/dossiers/components/state-name.tsx';
import { formatDateTime } from '../ui/format.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

const RATEABLE = new Set(['returned', 'refused', 'stopped']);

export default function MyDossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(id, (signal) => fetchDossier(id, signal));
  const [rated, setRated] = useState<Dossier | null>(null);
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  const d = rated ?? query.data;
  return (
    <>
      <Link to={ROUTES.myDossiers} className="op-back-link">
        {t('myDossiers.back')}
      </Link>
      <PageHeading caption={d.procedure.name}>{t('myDossiers.dossierTitle', { code: d.code })}</PageHeading>
      <dl className="op-summary-list">
        <div>
          <dt>{t('dossier.state')}</dt>
          <dd>
            <StateName state={d.state} vi={d.stateName} en={d.stateNameEn} />
          </dd>
        </div>
        <div>
          <dt>{t('dossier.submittedAt')}</dt>
          <dd>{formatDateTime(d.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('dossier.dueAt')}</dt>
          <dd>{d.dueAt ? formatDateTime(d.dueAt) : t('dossier.noDueYet')}</dd>
        </div>
      </dl>
      <h2>{t('dossier.history')}</h2>
      <ol className="op-history">
        {d.events.map((e) => (
          <li key={e.seq}>
            <span className="op-history-time">{formatDateTime(e.at)}</span>{' '}
            <span>
              {t(`dossier.actions.${e.action}` as 'dossier.actions.accept', { defaultValue: e.action })}
            </span>
            {e.note ? <span className="op-hint-inline"> — {e.note}</span> : null}
          </li>
        ))}
      </ol>
      {RATEABLE.has(d.state) ? (
        <section aria-labelledby="rating-heading" className="op-panel">
          <h2 id="rating-heading">{t('rating.title')}</h2>
          {d.rating ? (
            <p role="status" data-testid="rating-done">
              {t('rating.thanks', { rating: d.rating })}
            </p>
          ) : (
            <RatingForm dossier={d} onRated={setRated} />
          )}
        </section>
      ) : null}
    </>
  );
}
