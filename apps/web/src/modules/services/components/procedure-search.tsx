import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { searchProcedures } from '../api/procedures.api.ts';
import { ServiceLevelBadge } from './service-level-badge.tsx';

const PAGE = 20;

/**
 * Search of the procedure catalogue, accent-free (the API folds diacritics). The query lives in the address
 * (?q=…&page=…) so Back, reload and shared links keep the results. Results are a plain list of links: a
 * phone shows them full width, a screen reader hears the count first (aria-live).
 */
export function ProcedureSearch({ procedureHref }: { procedureHref: (id: string) => string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [text, setText] = useState(q);
  const key = q.trim() ? `${q}|${page}` : null;
  const result = useApiQuery(key, (signal) =>
    searchProcedures({ q: q.trim(), limit: PAGE, offset: (page - 1) * PAGE }, signal),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    setParams(next);
  }

  const total = result.data?.total ?? 0;
  const pages = Math.ceil(total / PAGE);
  return (
    <section aria-labelledby="procedure-search-heading" className="op-search">
      <h2 id="procedure-search-heading" className="op-visually-hidden">
        {t('portal.search.heading')}
      </h2>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not in React's JSX types yet; the role gives the landmark. */}
      <form role="search" onSubmit={submit} className="op-search-form">
        <label htmlFor="procedure-q" className="op-field-label">
          {t('portal.search.label')}
        </label>
        <p id="procedure-q-hint" className="op-hint">
          {t('portal.search.hint')}
        </p>
        <div className="op-search-row">
          <input
            id="procedure-q"
            name="q"
            type="search"
            className="op-input op-search-input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="procedure-q-hint"
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="op-button op-button-primary" data-testid="procedure-search-submit">
            {t('common.search')}
          </button>
        </div>
      </form>
      {result.problem ? <ProblemAlert problem={result.problem} /> : null}
      {key && result.isLoading && !result.data ? <Loading /> : null}
      {key && result.data ? (
        <>
          <p className="op-result-count" aria-live="polite" data-testid="procedure-count">
            {t('portal.search.count', { count: total, q })}
          </p>
          <ol className="op-result-list" data-testid="procedure-results">
            {result.data.items.map((p) => (
              <li key={p.id} className="op-result">
                <Link to={procedureHref(p.id)} className="op-result-title">
                  {p.name}
                </Link>
                <p className="op-result-meta">
                  <span>{t('portal.search.code', { code: p.nationalCode })}</span>
                  <span>{p.fieldName}</span>
                  <ServiceLevelBadge level={p.serviceLevel?.level ?? null} />
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 ? (
            <nav aria-label={t('portal.search.pages')} className="op-pager">
              {page > 1 ? (
                <Link to={`?q=${encodeURIComponent(q)}&page=${page - 1}`} className="op-button">
                  {t('portal.search.previous')}
                </Link>
              ) : null}
              <span>{t('portal.search.page', { page, pages })}</span>
              {page < pages ? (
                <Link to={`?q=${encodeURIComponent(q)}&page=${page + 1}`} className="op-button">
                  {t('portal.search.next')}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
