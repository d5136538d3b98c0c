import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import {
  attachmentUrl,
  type Dossier,
  fetchDossier,
  RESULT_COMPONENT_KEY,
} from '../modules/dossiers/api/dossiers.api.ts';
import { PaymentPanel } from '../modules/dossiers/components/payment-panel.tsx';
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
  const [latest, setLatest] = useState<Dossier | null>(null);
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  const d = latest && latest.version >= query.data.version ? latest : query.data;
  const results = d.attachments.filter((a) => a.componentKey === RESULT_COMPONENT_KEY);
  const handedIn = d.attachments.filter((a) => a.componentKey !== RESULT_COMPONENT_KEY);
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
          <dd data-testid="dossier-due">
            {d.dueAt
              ? formatDateTime(d.dueAt)
              : d.expectedDueAt
                ? t('myDossiers.expectedDue', { at: formatDateTime(d.expectedDueAt) })
                : t('dossier.noDueYet')}
          </dd>
        </div>
      </dl>
      {d.state === 'processed' ? (
        <section aria-labelledby="result-heading" className="op-panel" data-testid="result-panel">
          <h2 id="result-heading">{t('myDossiers.result.title')}</h2>
          <p data-testid="result-delivery">
            {d.fullyOnline && d.channel === 'online'
              ? t('myDossiers.result.expectedOnline')
              : t('myDossiers.result.expectedPaper')}
          </p>
        </section>
      ) : null}
      {d.state === 'returned' ? (
        <section aria-labelledby="result-heading" className="op-panel" data-testid="result-panel">
          <h2 id="result-heading">{t('myDossiers.result.title')}</h2>
          <p data-testid="result-delivery">
            {d.resultDelivery === 'online' && results.length
              ? t('myDossiers.result.online')
              : t('myDossiers.result.onPaper')}
          </p>
          {results.length ? (
            <ul className="op-doc-list">
              {results.map((a) => (
                <li key={a.id}>
                  <a href={attachmentUrl(d.id, a.id)} download={a.fileName} data-testid="result-download">
                    {t('myDossiers.result.download', { name: a.fileName })}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <PaymentPanel dossier={d} onChanged={setLatest} />
      {handedIn.length ? (
        <>
          <h2>{t('myDossiers.files')}</h2>
          <ul className="op-doc-list" data-testid="dossier-files">
            {handedIn.map((a) => (
              <li key={a.id}>
                <a href={attachmentUrl(d.id, a.id)} download={a.fileName}>
                  {a.fileName}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
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
            <RatingForm dossier={d} onRated={setLatest} />
          )}
        </section>
      ) : null}
    </>
  );
}
